// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserRepository.h"

#include "SqlValue.h"
#include "WorkingHoursRepository.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<QList<User>> UserRepository::loadAll()
{
    auto q = m_db.exec(u"SELECT u.id, u.name, u.email, u.team_id, t.name, u.role, u.active FROM users u "
                       "LEFT JOIN teams t ON t.id = u.team_id ORDER BY u.name, u.id"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<User> users;
    while ((*q)->next()) {
        QSqlQuery &r = **q;
        users.append(User{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toLongLong(),
                          r.value(4).toString(), r.value(5).toString(), r.value(6).toInt() != 0});
    }
    (*q)->finish();
    return users;
}

Result<std::optional<User>> UserRepository::find(const QString &nameOrEmail)
{
    auto all = loadAll();
    if (!all)
        return std::unexpected(all.error());
    const QString key = nameOrEmail.trimmed();
    for (const User &u : *all)
        if (!u.email.isEmpty() && u.email.compare(key, Qt::CaseInsensitive) == 0)
            return std::optional<User>(u);
    for (const User &u : *all)
        if (u.name.compare(key, Qt::CaseInsensitive) == 0)
            return std::optional<User>(u);
    return std::optional<User>();
}

Result<qint64> UserRepository::ensureTeam(const QString &name)
{
    auto id = m_db.scalar(u"SELECT id FROM teams WHERE name = ?"_s, {name});
    if (!id)
        return std::unexpected(id.error());
    if (!id->isNull())
        return id->toLongLong();
    // The team and its calendar (the columns' defaults) in the table SQL measures
    // working time by: together, or neither.
    Transaction transaction(m_db);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto inserted = m_db.scalar(u"INSERT INTO teams (name) VALUES (?) RETURNING id"_s, {name});
    if (!inserted)
        return std::unexpected(inserted.error());
    if (auto r = WorkingHoursRepository(m_db).fillTeam(inserted->toLongLong()); !r)
        return std::unexpected(r.error());
    if (auto r = transaction.commit(); !r)
        return std::unexpected(r.error());
    return inserted->toLongLong();
}

Result<qint64> UserRepository::insert(const User &user, const QDateTime &now)
{
    auto id = m_db.scalar(u"INSERT INTO users (name, email, team_id, role, active, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {user.name, user.email.isEmpty() ? SqlValue::nullText() : QVariant(user.email),
                           user.teamId ? QVariant(user.teamId) : SqlValue::nullInt(), user.role, user.active ? 1 : 0,
                           SqlValue::fromTime(now)});
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

} // namespace lejek
