// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lejek {

// A person who owns leads (rep), reads the team's (manager) or configures (admin).
struct User {
    qint64 id = 0;
    QString name;
    QString email;
    qint64 teamId = 0;
    QString teamName;
    QString role = QStringLiteral("rep");
    bool active = true;

    // Whether `text` names this user as lejek-cli's --as and --owner do: the name or
    // the e-mail, in any case.
    bool isCalled(const QString &text) const
    {
        return name.compare(text, Qt::CaseInsensitive) == 0 || (!email.isEmpty() && email.compare(text, Qt::CaseInsensitive) == 0);
    }
};

} // namespace lejek
