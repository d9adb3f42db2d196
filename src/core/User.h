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
};

} // namespace lejek
