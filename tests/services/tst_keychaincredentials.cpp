// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainCredentials against the real Secret Service (gnome-keyring in the D-Bus
// session that scripts/test starts), and lejek-cli password set/forget through it.
#include "ConnectionSettings.h"
#include "KeychainCredentials.h"

#include <QFutureWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

class TestKeychainCredentials : public QObject
{
    Q_OBJECT

    template<typename T>
    T awaitWithEvents(QFuture<T> future)
    {
        QFutureWatcher<T> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        if (!future.isFinished())
            finished.wait(20000);
        return future.result();
    }

    QString m_key;

    // Runs statements on the test server as its superuser.
    static bool admin(const QStringList &statements)
    {
        const auto url = ConnectionSettings::parse(qEnvironmentVariable("LEJEK_TEST_PG_URL"));
        bool ok = url.has_value();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
            if (ok) {
                db.setHostName(url->host);
                db.setPort(url->port);
                db.setUserName(url->user);
                db.setDatabaseName(url->database);
                ok = db.open();
            }
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                if (ok && !q.exec(statement)) {
                    qWarning() << statement << q.lastError().text();
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
        return ok;
    }

    static QProcess *cli(const QStringList &arguments, const QByteArray &input = {})
    {
        auto *process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSFILE"_s, u"/nonexistent"_s); // only the keychain may supply the password
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(LEJEK_CLI_PATH), arguments);
        process->waitForStarted();
        if (!input.isEmpty())
            process->write(input);
        process->closeWriteChannel();
        process->waitForFinished(60000);
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session bus: run through scripts/test, which starts one with gnome-keyring");
    }

    void init() { m_key = u"postgresql://tester@127.0.0.1:5432/db_%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128)); }

    void cleanup() { awaitWithEvents(KeychainCredentials::remove(m_key)); }

    void writesReadsAndRemoves()
    {
        auto missing = awaitWithEvents(KeychainCredentials::read(m_key));
        QVERIFY2(missing.has_value(), qPrintable(missing ? QString() : missing.error().message));
        QCOMPARE(*missing, QString());
        const QString secret = u"zażółć gęślą jaźń ' \" ; --"_s;
        auto written = awaitWithEvents(KeychainCredentials::write(m_key, secret));
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
        auto read = awaitWithEvents(KeychainCredentials::read(m_key));
        QVERIFY(read.has_value());
        QCOMPARE(*read, secret);
        QVERIFY(awaitWithEvents(KeychainCredentials::remove(m_key)).has_value());
        QCOMPARE(*awaitWithEvents(KeychainCredentials::read(m_key)), QString());
    }

    void cliStoresThePasswordFromStdinNotTheCommandLine()
    {
        QProcess set;
        set.start(QStringLiteral(LEJEK_CLI_PATH), {u"password"_s, u"set"_s, u"--db"_s, m_key});
        QVERIFY(set.waitForStarted());
        set.write("s3cret-from-stdin\n");
        set.closeWriteChannel();
        QVERIFY(set.waitForFinished(30000));
        QCOMPARE(set.exitCode(), 0);
        QCOMPARE(*awaitWithEvents(KeychainCredentials::read(m_key)), u"s3cret-from-stdin"_s);
        QProcess forget;
        forget.start(QStringLiteral(LEJEK_CLI_PATH), {u"password"_s, u"forget"_s, u"--db"_s, m_key});
        QVERIFY(forget.waitForFinished(30000));
        QCOMPARE(forget.exitCode(), 0);
        QCOMPARE(*awaitWithEvents(KeychainCredentials::read(m_key)), QString());
        // A password inside the URL is refused outright.
        QProcess inUrl;
        inUrl.start(QStringLiteral(LEJEK_CLI_PATH), {u"password"_s, u"set"_s, u"--db"_s, u"postgresql://u:pw@h/db"_s});
        QVERIFY(inUrl.waitForFinished(30000));
        QCOMPARE(inUrl.exitCode(), 2);
    }

    void postgresLogsInWithThePasswordFromTheKeychain()
    {
        if (qEnvironmentVariableIsEmpty("LEJEK_TEST_PG_URL"))
            QSKIP("LEJEK_TEST_PG_URL is not set (scripts/test starts a PostgreSQL server)");
        // scripts/test's server makes members of lejek_password_users log in with a password.
        const QString role = u"lejek_pw_%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        QVERIFY(admin({u"CREATE ROLE %1 LOGIN PASSWORD 'correct horse' IN ROLE lejek_password_users"_s.arg(role),
                       u"CREATE DATABASE %1 OWNER %1"_s.arg(role)}));
        const auto server = ConnectionSettings::parse(qEnvironmentVariable("LEJEK_TEST_PG_URL"));
        const QString url = u"postgresql://%1@%2:%3/%1"_s.arg(role, server->host).arg(server->port);
        m_key = url;

        std::unique_ptr<QProcess> denied(cli({u"init"_s, u"--db"_s, url}));
        QCOMPARE(denied->exitCode(), 2);
        QVERIFY2(denied->readAllStandardError().contains("password"), "the refusal names the password");

        std::unique_ptr<QProcess> set(cli({u"password"_s, u"set"_s, u"--db"_s, url}, "correct horse\n"));
        QCOMPARE(set->exitCode(), 0);
        std::unique_ptr<QProcess> init(cli({u"init"_s, u"--db"_s, url}));
        QVERIFY2(init->exitCode() == 0, init->readAllStandardError().constData());

        std::unique_ptr<QProcess> forget(cli({u"password"_s, u"forget"_s, u"--db"_s, url}));
        QCOMPARE(forget->exitCode(), 0);
        std::unique_ptr<QProcess> again(cli({u"pipelines"_s, u"--db"_s, url}));
        QCOMPARE(again->exitCode(), 2);
        QVERIFY(admin({u"DROP DATABASE %1 WITH (FORCE)"_s.arg(role), u"DROP ROLE %1"_s.arg(role)}));
    }
};

QTEST_GUILESS_MAIN(TestKeychainCredentials)
#include "tst_keychaincredentials.moc"
