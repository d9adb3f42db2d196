// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Principal.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Principal Principal::of(const User &user)
{
    return Principal{user.id, roleFromKey(user.role).value_or(Role::Rep), user.teamId, user.name};
}

QString Principal::roleKey(Role role)
{
    switch (role) {
    case Role::Rep:
        return u"rep"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return u"rep"_s;
}

std::optional<Principal::Role> Principal::roleFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const Role role : {Role::Rep, Role::Manager, Role::Admin})
        if (roleKey(role) == k)
            return role;
    return std::nullopt;
}

QString Principal::roleName(Role role)
{
    switch (role) {
    case Role::Rep:
        return QCoreApplication::translate("lejek::Principal", "Rep");
    case Role::Manager:
        return QCoreApplication::translate("lejek::Principal", "Manager");
    case Role::Admin:
        return QCoreApplication::translate("lejek::Principal", "Admin");
    }
    return {};
}

} // namespace lejek
