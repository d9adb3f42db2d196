// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QUrl>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<ConnectionSettings> ConnectionSettings::parse(const QString &text)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("lejek::ConnectionSettings", s); };
    ConnectionSettings settings;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::unexpected(Error::invalid(tr("no database given")));
    if (trimmed.startsWith(u"postgresql://"_s) || trimmed.startsWith(u"postgres://"_s)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return std::unexpected(Error::invalid(tr("not a PostgreSQL URL (postgresql://user@host:port/database): %1").arg(trimmed)));
        if (!url.password().isEmpty())
            return std::unexpected(Error::invalid(
                tr("a password does not belong in the database URL; store it with \"lejek-cli password set\" or in ~/.pgpass")));
        settings.driver = Driver::PostgreSQL;
        settings.host = url.host();
        settings.port = url.port(5432);
        settings.user = url.userName();
        settings.database = url.path().mid(1);
        if (settings.database.isEmpty())
            return std::unexpected(Error::invalid(tr("the PostgreSQL URL names no database: %1").arg(trimmed)));
        return settings;
    }
    if (trimmed.contains(u"://"_s))
        return std::unexpected(Error::invalid(tr("unsupported database URL (use a file path or postgresql://...): %1").arg(trimmed)));
    settings.path = trimmed;
    return settings;
}

QString ConnectionSettings::displayName() const
{
    if (driver == Driver::SQLite)
        return path;
    return u"postgresql://%1%2%3:%4/%5"_s.arg(user, user.isEmpty() ? QString() : u"@"_s, host).arg(port).arg(database);
}

} // namespace lejek
