// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Nip: the Polish tax id, ten digits with a weighted mod-11 check digit.
#include "Nip.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

class TestNip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeAcceptsValidNips_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"5260001246"_s << u"5260001246"_s;
        QTest::newRow("plain 2") << u"7740001454"_s << u"7740001454"_s;
        QTest::newRow("dashes 3-3-2-2") << u"526-000-12-46"_s << u"5260001246"_s;
        QTest::newRow("dashes 3-2-2-3") << u"774-00-01-454"_s << u"7740001454"_s;
        QTest::newRow("spaces") << u"526 000 12 46"_s << u"5260001246"_s;
        QTest::newRow("surrounding blanks") << u"  5260001246 \t"_s << u"5260001246"_s;
        QTest::newRow("PL prefix") << u"PL5260001246"_s << u"5260001246"_s;
        QTest::newRow("PL prefix, space, dashes") << u"PL 526-000-12-46"_s << u"5260001246"_s;
        QTest::newRow("lower-case pl prefix") << u"pl7740001454"_s << u"7740001454"_s;
        QTest::newRow("check digit 0") << u"110-000-00-00"_s << u"1100000000"_s;
    }
    void normalizeAcceptsValidNips()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto nip = Nip::normalize(input);
        QVERIFY2(nip.has_value(), qPrintable(input));
        QCOMPARE(*nip, expected);
        QVERIFY(Nip::isValid(input));
    }

    void normalizeRefusesInvalidNips_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("wrong check digit") << u"5260001247"_s;
        QTest::newRow("wrong check digit 2") << u"7740001450"_s;
        QTest::newRow("two digits swapped") << u"5620001246"_s;
        QTest::newRow("nine digits") << u"526000124"_s;
        QTest::newRow("eleven digits") << u"52600012460"_s;
        QTest::newRow("eleven digits, valid first ten") << u"5260001246-1"_s;
        QTest::newRow("letter O for zero") << u"526OOO1246"_s;
        QTest::newRow("letters") << u"abcdefghij"_s;
        QTest::newRow("other country prefix") << u"DE5260001246"_s;
        QTest::newRow("prefix only") << u"PL"_s;
        QTest::newRow("dots") << u"526.000.12.46"_s;
        QTest::newRow("slash") << u"526/000/12/46"_s;
        QTest::newRow("mod 11 gives 10") << u"1234567890"_s;
        QTest::newRow("PL inside") << u"526PL0001246"_s;
    }
    void normalizeRefusesInvalidNips()
    {
        QFETCH(QString, input);
        QVERIFY(!Nip::normalize(input).has_value());
        QVERIFY(!Nip::isValid(input));
    }

    // What normalize() returns is stored, compared for duplicates and exported: it must be
    // ten ASCII digits whatever digits the user typed.
    void normalizedNipIsAsciiDigits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("fullwidth digits") << u"\uFF15\uFF12\uFF16\uFF10\uFF10\uFF10\uFF11\uFF12\uFF14\uFF16"_s;
        QTest::newRow("arabic-indic digits") << u"\u0665\u0662\u0666\u0660\u0660\u0660\u0661\u0662\u0664\u0666"_s;
    }
    void normalizedNipIsAsciiDigits()
    {
        QFETCH(QString, input);
        const auto nip = Nip::normalize(input);
        if (!nip)
            return; // refusing such digits is fine too
        QCOMPARE(*nip, u"5260001246"_s);
    }

    void checkDigit_data()
    {
        QTest::addColumn<QString>("nineDigits");
        QTest::addColumn<int>("expected");
        QTest::newRow("526000124") << u"526000124"_s << 6;
        QTest::newRow("774000145") << u"774000145"_s << 4;
        QTest::newRow("zeros") << u"000000000"_s << 0;
        QTest::newRow("100000006") << u"100000006"_s << 4; // 6 + 42 = 48
        QTest::newRow("110000000") << u"110000000"_s << 0; // 6 + 5 = 11
        QTest::newRow("mod 11 is 10: 900000000") << u"900000000"_s << -1; // 54 % 11 == 10
        QTest::newRow("mod 11 is 10: 123456789") << u"123456789"_s << -1; // 230 % 11 == 10
        QTest::newRow("eight digits") << u"52600012"_s << -1;
        QTest::newRow("ten digits") << u"5260001246"_s << -1;
        QTest::newRow("a letter") << u"52600012a"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void checkDigit()
    {
        QFETCH(QString, nineDigits);
        QFETCH(int, expected);
        QCOMPARE(Nip::checkDigit(nineDigits), expected);
    }

    // For any nine digits: the NIP completed with checkDigit() is valid and no other last
    // digit is; when mod 11 gives 10 no completion is valid at all.
    void exactlyTheCheckDigitCompletesANip()
    {
        int withoutDigit = 0;
        for (int seed = 0; seed < 2000; ++seed) {
            const QString nine
                = u"%1"_s.arg((static_cast<qint64>(seed) * 7919 * 104729 + 12345) % 1000000000, 9, 10, QChar(u'0'));
            const int check = Nip::checkDigit(nine);
            if (check < 0)
                ++withoutDigit;
            for (int last = 0; last <= 9; ++last) {
                const QString nip = nine + QString::number(last);
                QVERIFY2(Nip::isValid(nip) == (last == check), qPrintable(nip));
            }
        }
        // Roughly one prefix in eleven has no check digit; make sure the loop met some.
        QVERIFY(withoutDigit > 0);
    }
};

QTEST_APPLESS_MAIN(TestNip)
#include "tst_nip.moc"
