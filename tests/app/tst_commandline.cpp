// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application/CommandLine.h"

#include <QStandardPaths>
#include <QTest>

using namespace lejek::app;
using namespace Qt::Literals::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void languageIsReadEarly()
    {
        QCOMPARE(CommandLine::requestedLanguage({u"lejek"_s, u"--lang"_s, u"pl"_s}), u"pl"_s);
        QCOMPARE(CommandLine::requestedLanguage({u"lejek"_s, u"--db"_s, u"x.sqlite"_s, u"--lang=en"_s}), u"en"_s);
        QCOMPARE(CommandLine::requestedLanguage({u"lejek"_s, u"--db"_s, u"x.sqlite"_s}), QString());
        QCOMPARE(CommandLine::requestedLanguage({u"lejek"_s, u"--lang"_s}), QString());
    }

    void databaseAndLanguage()
    {
        auto options = CommandLine::process({u"lejek"_s, u"--db"_s, u"postgresql://lejek@db:5432/sales"_s, u"--lang"_s, u"pl"_s});
        QVERIFY(options.has_value());
        QCOMPARE(options->database, u"postgresql://lejek@db:5432/sales"_s);
        QCOMPARE(options->language, u"pl"_s);
    }

    void defaultDatabaseInTheDataFolder()
    {
        auto options = CommandLine::process({u"lejek"_s});
        QVERIFY(options.has_value());
        const QString expected = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/lejek/lejek.sqlite"_s;
        QCOMPARE(options->database, expected);
        QVERIFY(QFileInfo(expected).absoluteDir().exists());
        QVERIFY(options->language.isEmpty());
    }

    void badArgumentsAreErrors()
    {
        QVERIFY(!CommandLine::process({u"lejek"_s, u"--lang"_s, u"de"_s}).has_value());
        QVERIFY(!CommandLine::process({u"lejek"_s, u"extra"_s}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
