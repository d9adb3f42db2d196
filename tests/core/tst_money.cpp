// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Money: amounts as integer minor units; parsing what people and spreadsheets write,
// formatting as the locale writes it.
#include "Money.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {
const QChar nbsp(0x00A0);
const QLocale polish(QLocale::Polish, QLocale::Poland);
const QLocale english(QLocale::English, QLocale::UnitedStates);
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseMinorReadsAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("dot decimal") << u"1234.56"_s << qint64(123456);
        QTest::newRow("comma decimal, space groups") << u"1 234,56"_s << qint64(123456);
        QTest::newRow("comma decimal, dot groups") << u"1.234,56"_s << qint64(123456);
        QTest::newRow("dot decimal, comma groups") << u"1,234.56"_s << qint64(123456);
        QTest::newRow("whole") << u"1234"_s << qint64(123400);
        QTest::newRow("zero") << u"0"_s << qint64(0);
        QTest::newRow("negative, one decimal") << u"-12,5"_s << qint64(-1250);
        QTest::newRow("negative zero") << u"-0"_s << qint64(0);
        QTest::newRow("one decimal") << u"12.5"_s << qint64(1250);
        QTest::newRow("leading zero decimals") << u"0,05"_s << qint64(5);
        QTest::newRow("no whole part") << u",5"_s << qint64(50);
        QTest::newRow("nbsp groups") << u"1\u00A0234\u00A0567,89"_s << qint64(123456789);
        QTest::newRow("narrow nbsp groups") << u"1\u202F234\u202F567,89"_s << qint64(123456789);
        QTest::newRow("apostrophe groups") << u"1'234'567.89"_s << qint64(123456789);
        QTest::newRow("several dot groups") << u"1.234.567,89"_s << qint64(123456789);
        QTest::newRow("several comma groups") << u"1,234,567.89"_s << qint64(123456789);
        QTest::newRow("three digits after one separator group thousands") << u"12.345"_s << qint64(1234500);
        QTest::newRow("surrounding blanks") << u"  42  "_s << qint64(4200);
        QTest::newRow("zł suffix") << u"12 zł"_s << qint64(1200);
        QTest::newRow("zł suffix, no space") << u"12,50zł"_s << qint64(1250);
        QTest::newRow("ZŁ suffix") << u"12 ZŁ"_s << qint64(1200);
        QTest::newRow("PLN suffix") << u"1 234,56 PLN"_s << qint64(123456);
        QTest::newRow("pln suffix") << u"99 pln"_s << qint64(9900);
        QTest::newRow("nbsp before zł") << u"1\u00A0234,56\u00A0zł"_s << qint64(123456);
        // Money::format writes the code before the amount in English ("PLN1,234.56"), so
        // reading it back has to accept a leading code too.
        QTest::newRow("PLN prefix") << u"PLN 12"_s << qint64(1200);
        QTest::newRow("PLN prefix, no space") << u"PLN1,234.56"_s << qint64(123456);
        QTest::newRow("fifteen whole digits") << u"999999999999999.99"_s << qint64(99999999999999999);
        QTest::newRow("fifteen whole digits, grouped") << u"999 999 999 999 999,99"_s << qint64(99999999999999999);
        QTest::newRow("negative huge") << u"-999999999999999"_s << qint64(-99999999999999900);
    }
    void parseMinorReadsAmounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        const auto parsed = Money::parseMinor(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, minor);
    }

    void parseMinorRefusesWhatIsNotAnAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"  "_s;
        QTest::newRow("word") << u"abc"_s;
        QTest::newRow("digits and letters") << u"12abc"_s;
        QTest::newRow("currency only") << u"PLN"_s;
        // Only the default currency may stand beside the amount: "10 EUR" on a PLN lead
        // would be stored as 10 PLN. Another currency goes in the currency field.
        QTest::newRow("another currency") << u"10 EUR"_s;
        QTest::newRow("zł only") << u"zł"_s;
        QTest::newRow("minus only") << u"-"_s;
        QTest::newRow("separator only") << u","_s;
        QTest::newRow("two minus signs") << u"--5"_s;
        QTest::newRow("trailing minus") << u"12-"_s;
        QTest::newRow("1.2.3") << u"1.2.3"_s;
        QTest::newRow("bad group size") << u"1.23.456,00"_s;
        QTest::newRow("leading group too long") << u"1234.567,00"_s;
        QTest::newRow("both separators in groups") << u"1.234,567"_s;
        QTest::newRow("three decimals after the decimal mark") << u"1,234.567.8"_s;
        QTest::newRow("trailing separator") << u"12."_s;
        // No grouped number starts with a zero: three decimals, which money has not.
        QTest::newRow("0,125") << u"0,125"_s;
        QTest::newRow("0.125") << u"0.125"_s;
        QTest::newRow("-0,125") << u"-0,125"_s;
        QTest::newRow("leading zero group") << u"01,500"_s;
        QTest::newRow("exponent") << u"1e5"_s;
        QTest::newRow("arabic-indic digits") << u"\u0661\u0662\u0663"_s;
        QTest::newRow("fullwidth digits") << u"\uFF11\uFF12"_s;
        QTest::newRow("sixteen whole digits") << u"9999999999999999"_s;
        QTest::newRow("twenty digits") << u"99999999999999999999"_s;
        QTest::newRow("two amounts") << u"12 zł 13 zł"_s;
    }
    void parseMinorRefusesWhatIsNotAnAmount()
    {
        QFETCH(QString, text);
        const auto parsed = Money::parseMinor(text);
        QVERIFY2(!parsed.has_value(), qPrintable(u"%1 -> %2"_s.arg(text).arg(parsed.value_or(0))));
    }

    void formatPolish_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("grouped with decimals") << qint64(1234567) << u"PLN"_s << u"12\u00A0345,67\u00A0zł"_s;
        QTest::newRow("whole amount has no decimals") << qint64(1234500) << u"PLN"_s << u"12\u00A0345\u00A0zł"_s;
        QTest::newRow("grosze") << qint64(5) << u"PLN"_s << u"0,05\u00A0zł"_s;
        QTest::newRow("zero") << qint64(0) << u"PLN"_s << u"0\u00A0zł"_s;
        QTest::newRow("millions") << qint64(123456789) << u"PLN"_s << u"1\u00A0234\u00A0567,89\u00A0zł"_s;
        QTest::newRow("other currency keeps its code") << qint64(1234567) << u"EUR"_s << u"12\u00A0345,67\u00A0EUR"_s;
    }
    void formatPolish()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(Money::format(minor, currency, polish), expected);
    }

    void formatEnglish_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("number");
        QTest::newRow("grouped with decimals") << qint64(1234567) << u"PLN"_s << u"12,345.67"_s;
        QTest::newRow("whole") << qint64(1234500) << u"PLN"_s << u"12,345"_s;
        QTest::newRow("cents") << qint64(5) << u"USD"_s << u"0.05"_s;
    }
    void formatEnglish()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, number);
        const QString text = Money::format(minor, currency, english);
        // The code, not "zł", outside Polish; the number as English writes it.
        QVERIFY2(text.contains(currency), qPrintable(text));
        QVERIFY2(!text.contains(u"zł"_s), qPrintable(text));
        QString rest = text;
        rest.remove(currency);
        QCOMPARE(rest.trimmed().remove(nbsp), number);
    }

    // A negative amount is shown with a minus sign, as both languages write it, not in
    // accounting parentheses (which read as an ordinary amount on a card).
    void formatNegative_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("number");
        QTest::newRow("pl") << polish << u"1,50"_s;
        QTest::newRow("en") << english << u"1.50"_s;
    }
    void formatNegative()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, number);
        const QString text = Money::format(-150, u"PLN"_s, locale);
        QVERIFY2(text.contains(number), qPrintable(text));
        QVERIFY2(text.contains(u'-') || text.contains(QChar(0x2212)), qPrintable(text));
        QVERIFY2(!text.contains(u'('), qPrintable(text));
    }

    // Every amount parseMinor() accepts is shown to the grosz: no rounding through a double.
    void formatIsExactForTheLargestAmount()
    {
        const auto largest = Money::parseMinor(u"999 999 999 999 999,99"_s);
        QVERIFY(largest.has_value());
        QCOMPARE(Money::format(*largest, u"PLN"_s, polish), u"999\u00A0999\u00A0999\u00A0999\u00A0999,99\u00A0zł"_s);
        QCOMPARE(Money::format(*largest - 1, u"PLN"_s, polish), u"999\u00A0999\u00A0999\u00A0999\u00A0999,98\u00A0zł"_s);
    }

    // What format() writes, parseMinor() reads back (a user pastes an amount from a card).
    void formatRoundTrips_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("minor");
        for (const auto &[name, locale] : {std::pair {"pl", polish}, std::pair {"en", english}}) {
            for (const qint64 minor : {qint64(0), qint64(5), qint64(123456), qint64(1234500), qint64(123456789)})
                QTest::addRow("%s %lld", name, static_cast<long long>(minor)) << locale << minor;
        }
    }
    void formatRoundTrips()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, minor);
        const QString text = Money::format(minor, u"PLN"_s, locale);
        const auto parsed = Money::parseMinor(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, minor);
    }

    void toMajor()
    {
        QCOMPARE(Money::toMajor(123456), 1234.56);
        QCOMPARE(Money::toMajor(-5), -0.05);
        QCOMPARE(Money::toMajor(0), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
