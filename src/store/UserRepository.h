// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "User.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace lejek {

class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    Result<QList<User>> loadAll();
    // By e-mail, else by name (case-insensitive).
    Result<std::optional<User>> find(const QString &nameOrEmail);
    Result<qint64> ensureTeam(const QString &name);
    Result<qint64> insert(const User &user, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace lejek
