// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include "User.h"

#include <optional>

namespace lejek {

// Who is acting on a service call: a person with a role in a team. Every call carries
// one; the services decide from it what the caller may see and do (see Visibility).
struct Principal {
    enum class Role { Rep, Manager, Admin };

    qint64 userId = 0; // 0: the database's owner, before it has any user
    Role role = Role::Rep;
    qint64 teamId = 0;
    QString name;

    // A database with no users yet (just made, or from before users acted) is run by
    // its owner, with an admin's rights.
    static Principal owner() { return Principal{0, Role::Admin, 0, {}}; }

    // The user acting, with the role and team the database gives them.
    static Principal of(const User &user);

    bool isAdmin() const { return role == Role::Admin; }
    bool isManager() const { return role == Role::Manager; }

    // "rep", "manager", "admin": the words the database and lejek-cli use.
    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString &key);
    // The role in the user's language, for the UI.
    static QString roleName(Role role);

    friend bool operator==(const Principal &, const Principal &) = default;
};

} // namespace lejek

Q_DECLARE_METATYPE(lejek::Principal)
