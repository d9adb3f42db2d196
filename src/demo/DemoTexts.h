// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace lejek {

class DemoRandom;

// The Polish words of the demo data: pains and goals, campaign names, what calls,
// e-mails, meetings and notes say, task titles, lost-deal comments, next steps.
class DemoTexts
{
public:
    // "Łódź Wąsowicz" -> "Lodz Wasowicz": the Polish letters folded to ASCII.
    static QString asciiFold(QStringView text);

    static QString pains(DemoRandom &random);  // two or three challenges
    static QString goals(DemoRandom &random);  // one or two expected results
    // A campaign fitting the source and the month the lead came in; may be empty.
    static QString campaign(const QString &source, const QString &industry, QDate when, DemoRandom &random);

    struct Text {
        QString subject;
        QString body;
    };
    // What an activity of the kind (Activity::loggableKinds()) says; `late`: after the
    // handoff, when offers and negotiations replace discovery.
    static Text activity(const QString &kind, bool late, DemoRandom &random);
    static QString openTaskTitle(DemoRandom &random);
    static QString doneTaskTitle(DemoRandom &random);
    // Why a deal with the reason code was lost; may be empty.
    static QString lostComment(const QString &reason, DemoRandom &random);
    static QString nextStep(DemoRandom &random);
    static QString note(DemoRandom &random);
};

} // namespace lejek
