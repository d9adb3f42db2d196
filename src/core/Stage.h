// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Condition.h"

#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

namespace lejek {

// open: work in progress; parked: follow up later, kept out of conversion math;
// won / lost: closed.
enum class StageKind { Open, Parked, Won, Lost };

QString stageKindName(StageKind kind);
bool stageKindFromName(const QString &name, StageKind *kind);

struct Stage {
    qint64 id = 0;
    qint64 pipelineId = 0;
    int position = 0;
    QString name;                      // canonical (English), what the CLI and API use
    QMap<QString, QString> translated; // language code ("pl") -> name
    StageKind kind = StageKind::Open;
    int probability = 0;               // win probability in percent
    int rottingDays = 0;               // 0: never rots
    QStringList requiredFields;        // field keys
    QList<Condition> criteria;
    int slaFirstContactMinutes = 0;    // SLA 1, working minutes; 0: none
    int slaDecisionMinutes = 0;        // SLA 2
    // What a rep does in this stage, by language code ("en", "pl"); shown on the lead
    // card with what the next stage needs (the card works that out from the gate).
    QMap<QString, QString> guidance;

    QString displayName(const QLocale &locale = QLocale()) const;
    // The guidance in the locale's language, else in English, else any; empty if none.
    QString guidanceText(const QLocale &locale = QLocale()) const;
    bool matchesName(const QString &text) const; // canonical or translated, any case
    bool isClosed() const { return kind == StageKind::Won || kind == StageKind::Lost; }

    friend bool operator==(const Stage &, const Stage &) = default;
};

} // namespace lejek
