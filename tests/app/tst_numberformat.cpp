// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application/NumberFormat.h"

#include <QTest>

using namespace lejek::app;
using namespace Qt::Literals::StringLiterals;

class TestNumberFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integer_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("expected");
        const QLocale pl(QLocale::Polish, QLocale::Poland);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QString nbsp(QChar(0x00A0));
        QTest::newRow("pl 0") << pl << qint64(0) << u"0"_s;
        QTest::newRow("pl 1234, four digits stay together") << pl << qint64(1234) << u"1234"_s;
        QTest::newRow("pl 12345") << pl << qint64(12345) << (u"12"_s + nbsp + u"345"_s);
        QTest::newRow("pl 1234567, the Qt 6.4 bug") << pl << qint64(1234567) << (u"1"_s + nbsp + u"234"_s + nbsp + u"567"_s);
        QTest::newRow("pl negative") << pl << qint64(-12345) << (u"-12"_s + nbsp + u"345"_s);
        QTest::newRow("en 1234") << en << qint64(1234) << u"1,234"_s;
        QTest::newRow("en 1234567") << en << qint64(1234567) << u"1,234,567"_s;
        QTest::newRow("en 999") << en << qint64(999) << u"999"_s;
    }

    void integer()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, value);
        QFETCH(QString, expected);
        QCOMPARE(NumberFormat::integer(value, locale), expected);
    }

    void pluralKeepsTheLastDigits()
    {
        QCOMPARE(NumberFormat::pluralN(5), 5);
        QCOMPARE(NumberFormat::pluralN(12'000'000'022LL) % 100, 22);
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
