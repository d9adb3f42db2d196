// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionSettings: what the user typed after --db, an SQLite path or a PostgreSQL URL.
#include "ConnectionSettings.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlitePaths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("absolute") << u"/home/anna/.local/share/lejek/lejek.sqlite"_s
                                  << u"/home/anna/.local/share/lejek/lejek.sqlite"_s;
        QTest::newRow("relative") << u"lejek.db"_s << u"lejek.db"_s;
        QTest::newRow("blanks around") << u"  /tmp/a b/lejek.sqlite \n"_s << u"/tmp/a b/lejek.sqlite"_s;
        QTest::newRow("polish folder") << u"/home/zażółć/lejek.sqlite"_s << u"/home/zażółć/lejek.sqlite"_s;
        QTest::newRow("colon in the name") << u"/tmp/leads:2026.sqlite"_s << u"/tmp/leads:2026.sqlite"_s;
    }
    void sqlitePaths()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        const auto s = ConnectionSettings::parse(text);
        QVERIFY2(s.has_value(), qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->driver, ConnectionSettings::Driver::SQLite);
        QVERIFY(!s->isPostgres());
        QCOMPARE(s->path, path);
        QCOMPARE(s->displayName(), path);
    }

    void postgresUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("displayName");
        QTest::newRow("full") << u"postgresql://lejek@db.firma.pl:5433/sales"_s << u"lejek"_s << u"db.firma.pl"_s << 5433
                              << u"sales"_s << u"postgresql://lejek@db.firma.pl:5433/sales"_s;
        QTest::newRow("default port") << u"postgresql://lejek@db.firma.pl/sales"_s << u"lejek"_s << u"db.firma.pl"_s << 5432
                                      << u"sales"_s << u"postgresql://lejek@db.firma.pl:5432/sales"_s;
        QTest::newRow("no user") << u"postgresql://127.0.0.1:56001/postgres"_s << QString() << u"127.0.0.1"_s << 56001
                                 << u"postgres"_s << u"postgresql://127.0.0.1:56001/postgres"_s;
        QTest::newRow("postgres:// alias") << u"postgres://anna@localhost/lejek"_s << u"anna"_s << u"localhost"_s << 5432
                                           << u"lejek"_s << u"postgresql://anna@localhost:5432/lejek"_s;
        QTest::newRow("blanks around") << u"  postgresql://anna@localhost/lejek  "_s << u"anna"_s << u"localhost"_s << 5432
                                       << u"lejek"_s << u"postgresql://anna@localhost:5432/lejek"_s;
    }
    void postgresUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, displayName);
        const auto s = ConnectionSettings::parse(text);
        QVERIFY2(s.has_value(), qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->driver, ConnectionSettings::Driver::PostgreSQL);
        QVERIFY(s->isPostgres());
        QCOMPARE(s->user, user);
        QCOMPARE(s->host, host);
        QCOMPARE(s->port, port);
        QCOMPARE(s->database, database);
        QVERIFY(s->password.isEmpty());
        QCOMPARE(s->displayName(), displayName);
        // The display name reads back as the same settings.
        const auto again = ConnectionSettings::parse(s->displayName());
        QVERIFY(again.has_value());
        QCOMPARE(again->host, host);
        QCOMPARE(again->port, port);
        QCOMPARE(again->user, user);
        QCOMPARE(again->database, database);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << u"no database"_s;
        QTest::newRow("blank") << u"   "_s << u"no database"_s;
        QTest::newRow("no database name") << u"postgresql://lejek@db.firma.pl:5432/"_s << u"names no database"_s;
        QTest::newRow("no path at all") << u"postgresql://lejek@db.firma.pl:5432"_s << u"names no database"_s;
        QTest::newRow("no host") << u"postgresql:///sales"_s << u"postgresql://user@host:port/database"_s;
        QTest::newRow("bad port") << u"postgresql://lejek@db.firma.pl:port/sales"_s << u"postgresql://user@host:port/database"_s;
        QTest::newRow("password") << u"postgresql://lejek:tajne@db.firma.pl/sales"_s << u"password"_s;
        QTest::newRow("password, postgres://") << u"postgres://lejek:tajne@db.firma.pl:5432/sales"_s << u"password"_s;
        QTest::newRow("mysql") << u"mysql://lejek@db.firma.pl/sales"_s << u"unsupported"_s;
        QTest::newRow("sqlite url") << u"sqlite:///tmp/lejek.sqlite"_s << u"unsupported"_s;
        QTest::newRow("http") << u"http://db.firma.pl/sales"_s << u"unsupported"_s;
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto s = ConnectionSettings::parse(text);
        QVERIFY2(!s.has_value(), qPrintable(s ? s->displayName() : QString()));
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QVERIFY2(s.error().message.contains(reason), qPrintable(s.error().message));
    }

    // Messages are logged and shown: a password typed into a URL never appears in one,
    // whatever else is wrong with the URL.
    void refusalsNeverRepeatAPassword_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("valid but for the password") << u"postgresql://lejek:tajne123@db.firma.pl/sales"_s;
        QTest::newRow("no database") << u"postgresql://lejek:tajne123@db.firma.pl/"_s;
        QTest::newRow("no host") << u"postgresql://lejek:tajne123@/sales"_s;
        QTest::newRow("bad port") << u"postgresql://lejek:tajne123@db.firma.pl:x/sales"_s;
        QTest::newRow("other scheme") << u"mysql://lejek:tajne123@db.firma.pl/sales"_s;
    }
    void refusalsNeverRepeatAPassword()
    {
        QFETCH(QString, text);
        const auto s = ConnectionSettings::parse(text);
        QVERIFY(!s.has_value());
        QVERIFY2(!s.error().message.contains(u"tajne123"_s), qPrintable(s.error().message));
    }

    // A password from the keychain is used to connect, never shown.
    void displayNameHasNoPassword()
    {
        auto s = ConnectionSettings::parse(u"postgresql://lejek@db.firma.pl:5433/sales"_s);
        QVERIFY(s.has_value());
        s->password = u"tajne123"_s;
        QCOMPARE(s->displayName(), u"postgresql://lejek@db.firma.pl:5433/sales"_s);
        QVERIFY(!s->displayName().contains(u"tajne123"_s));
    }
};

QTEST_APPLESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
