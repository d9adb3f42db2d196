// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

Result<ConnectionSettings> ConnectionSettings::parse(const QString &text)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("lejek::ConnectionSettings", s); };
    ConnectionSettings settings;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::unexpected(Error::invalid(tr("no database given")));
    // Messages never repeat what was typed: it may hold a password.
    const QString shown = QUrl(trimmed).toDisplayString(QUrl::RemovePassword);
    if (trimmed.startsWith(u"postgresql://"_s) || trimmed.startsWith(u"postgres://"_s)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return std::unexpected(Error::invalid(tr("not a PostgreSQL URL (postgresql://user@host:port/database): %1").arg(shown)));
        if (!url.password().isEmpty())
            return std::unexpected(Error::invalid(
                tr("a password does not belong in the database URL; store it with \"lejek-cli password set\" or in ~/.pgpass")));
        settings.driver = Driver::PostgreSQL;
        settings.host = url.host();
        settings.port = url.port(5432);
        settings.user = url.userName();
        settings.database = url.path().mid(1);
        if (settings.database.isEmpty())
            return std::unexpected(Error::invalid(tr("the PostgreSQL URL names no database: %1").arg(shown)));
        // libpq's connection options that belong to the URL (TLS, time-out); no others.
        static const QStringList allowed{u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"connect_timeout"_s};
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (!allowed.contains(key))
                return std::unexpected(Error::invalid(tr("the PostgreSQL URL option \"%1\" is not supported (use %2)").arg(key, allowed.join(u", "_s))));
            if (value.contains(u';'))
                return std::unexpected(Error::invalid(tr("the PostgreSQL URL option \"%1\" has an invalid value").arg(key)));
            settings.options.append(u"%1=%2"_s.arg(key, value));
        }
        return settings;
    }
    if (trimmed.contains(u"://"_s))
        return std::unexpected(Error::invalid(tr("unsupported database URL (use a file path or postgresql://...): %1").arg(shown)));
    settings.path = trimmed;
    return settings;
}

QString ConnectionSettings::displayName() const
{
    if (driver == Driver::SQLite)
        return path;
    QString text = u"postgresql://%1%2%3:%4/%5"_s.arg(user, user.isEmpty() ? QString() : u"@"_s, host).arg(port).arg(database);
    if (!options.isEmpty())
        text += u"?"_s + options.join(u"&"_s);
    return text;
}

} // namespace lejek
