// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace lejek {

// A lead that may be the same as the one being saved: which lead, and the key and value
// they share: "email", "nip" or "web_domain" (DOMAIN.md's order).
struct DuplicateMatch {
    qint64 leadId = 0;
    QString leadName;
    QString field;
    QString value;
    friend bool operator==(const DuplicateMatch &, const DuplicateMatch &) = default;
};

// What a duplicate check found: the matches the acting user may see, and how many more
// leads match that they may not (named to them by count only).
struct DuplicateCheck {
    QList<DuplicateMatch> matches;
    int hidden = 0;
    bool isEmpty() const { return matches.isEmpty() && hidden == 0; }
};

// Two leads of one pipeline that may be one: the lower id first, and every key they
// share, each with its value (`fields` and `values` in step).
struct DuplicatePair {
    qint64 firstId = 0;
    QString firstName;
    qint64 secondId = 0;
    QString secondName;
    QStringList fields;
    QStringList values;
};

} // namespace lejek
