// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace lejek {

// A lead that may be the same as the one being saved: which lead, and the field and
// value they share (e-mail or NIP).
struct DuplicateMatch {
    qint64 leadId = 0;
    QString leadName;
    QString field; // "email" or "nip"
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

} // namespace lejek
