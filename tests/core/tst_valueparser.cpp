// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ValueParser: the text given for a field becomes its typed value, or a reason why not.
#include "LeadFields.h"
#include "ValueParser.h"

#include <QDate>
#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(lejek::FieldType)

namespace {
FieldDefinition def(FieldType type, QStringList choices = {})
{
    return FieldDefinition {u"f"_s, type, u"F"_s, std::move(choices), false, 0};
}
const QStringList kIndustries {u"Software"_s, u"Manufacturing"_s, u"Retail"_s};
} // namespace

class TestValueParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidText_data()
    {
        QTest::addColumn<FieldType>("type");
        QTest::addColumn<QStringList>("choices");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("expected");

        const QStringList none;
        // Text: inner runs of blanks collapse, ends are trimmed.
        QTest::newRow("text") << FieldType::Text << none << u"  Fabryka   Okien  Sp. z o.o. "_s
                              << QVariant(u"Fabryka Okien Sp. z o.o."_s);
        QTest::newRow("text, polish letters") << FieldType::Text << none << u"Zakład Łódź"_s << QVariant(u"Zakład Łódź"_s);
        QTest::newRow("text, 200 characters") << FieldType::Text << none << QString(200, u'a') << QVariant(QString(200, u'a'));
        QTest::newRow("long text keeps lines, with LF line ends")
            << FieldType::LongText << none << u"  first\nsecond\r\n\tthird\rfourth "_s << QVariant(u"first\nsecond\n\tthird\nfourth"_s);
        QTest::newRow("long text, 20000 characters")
            << FieldType::LongText << none << QString(20000, u'x') << QVariant(QString(20000, u'x'));
        // E-mail: lower-cased.
        QTest::newRow("email") << FieldType::Email << none << u"Jan.Kowalski@Firma.PL"_s << QVariant(u"jan.kowalski@firma.pl"_s);
        QTest::newRow("email, plus tag and subdomain")
            << FieldType::Email << none << u"anna+crm@mail.firma.com.pl"_s << QVariant(u"anna+crm@mail.firma.com.pl"_s);
        QTest::newRow("email, apostrophe and dash")
            << FieldType::Email << none << u"o'brien@moj-sklep.pl"_s << QVariant(u"o'brien@moj-sklep.pl"_s);
        // Phone: E.164 through libphonenumber, Polish without a country code.
        QTest::newRow("phone, international") << FieldType::Phone << none << u"+48 600 123 456"_s << QVariant(u"+48600123456"_s);
        QTest::newRow("phone, local with brackets")
            << FieldType::Phone << none << u"(22) 123-45-67"_s << QVariant(u"+48221234567"_s);
        QTest::newRow("phone, dots and slash") << FieldType::Phone << none << u"22.123/45.67"_s << QVariant(u"+48221234567"_s);
        QTest::newRow("phone, 00 for abroad") << FieldType::Phone << none << u"0049 30 1234567"_s << QVariant(u"+49301234567"_s);
        QTest::newRow("phone, German") << FieldType::Phone << none << u"+49 (0)30 1234567"_s << QVariant(u"+49301234567"_s);
        QTest::newRow("phone, British mobile") << FieldType::Phone << none << u"+44 7911 123456"_s << QVariant(u"+447911123456"_s);
        // NIP: normalized to ten digits.
        QTest::newRow("nip") << FieldType::Nip << none << u"PL 526-000-12-46"_s << QVariant(u"5260001246"_s);
        // URL: http(s) with a dotted host; a bare domain is fine.
        QTest::newRow("url, https") << FieldType::Url << none << u"https://firma.pl/o-nas"_s
                                    << QVariant(u"https://firma.pl/o-nas"_s);
        QTest::newRow("url, bare domain") << FieldType::Url << none << u"www.firma.pl"_s << QVariant(u"www.firma.pl"_s);
        // Integer: whole numbers, blanks as thousands separators.
        QTest::newRow("integer") << FieldType::Integer << none << u"120"_s << QVariant(qlonglong(120));
        QTest::newRow("integer, negative") << FieldType::Integer << none << u"-5"_s << QVariant(qlonglong(-5));
        QTest::newRow("integer, grouped") << FieldType::Integer << none << u"1 200"_s << QVariant(qlonglong(1200));
        QTest::newRow("integer, nbsp grouped") << FieldType::Integer << none << u"1\u00A0200"_s << QVariant(qlonglong(1200));
        QTest::newRow("integer, narrow nbsp grouped")
            << FieldType::Integer << none << u"1\u202F200"_s << QVariant(qlonglong(1200));
        QTest::newRow("integer, largest") << FieldType::Integer << none << u"9223372036854775807"_s
                                          << QVariant(qlonglong(9223372036854775807LL));
        // Money: minor units.
        QTest::newRow("money, polish") << FieldType::Money << none << u"1 234,56"_s << QVariant(qlonglong(123456));
        QTest::newRow("money, english") << FieldType::Money << none << u"1,234.56"_s << QVariant(qlonglong(123456));
        QTest::newRow("money, zł") << FieldType::Money << none << u"50 000 zł"_s << QVariant(qlonglong(5000000));
        QTest::newRow("money, negative") << FieldType::Money << none << u"-12,5"_s << QVariant(qlonglong(-1250));
        // Date: ISO, Polish dd.mm.yyyy, or an ISO date-time's date.
        QTest::newRow("date, ISO") << FieldType::Date << none << u"2026-03-02"_s << QVariant(QDate(2026, 3, 2));
        QTest::newRow("date, dd.mm.yyyy") << FieldType::Date << none << u"02.03.2026"_s << QVariant(QDate(2026, 3, 2));
        QTest::newRow("date, d.m.yyyy") << FieldType::Date << none << u"2.3.2026"_s << QVariant(QDate(2026, 3, 2));
        QTest::newRow("date, ISO date-time")
            << FieldType::Date << none << u"2026-03-02T10:15:00Z"_s << QVariant(QDate(2026, 3, 2));
        QTest::newRow("date, leap day") << FieldType::Date << none << u"29.02.2028"_s << QVariant(QDate(2028, 2, 29));
        // Currency: an upper-case ISO code.
        QTest::newRow("currency") << FieldType::Currency << none << u"PLN"_s << QVariant(u"PLN"_s);
        QTest::newRow("currency, lower case") << FieldType::Currency << none << u" eur "_s << QVariant(u"EUR"_s);
        // Choice: any case, stored as the choice is spelled.
        QTest::newRow("choice, exact") << FieldType::Choice << kIndustries << u"Retail"_s << QVariant(u"Retail"_s);
        QTest::newRow("choice, other case") << FieldType::Choice << kIndustries << u"sOFTWARE"_s << QVariant(u"Software"_s);
        QTest::newRow("choice, no list is free text") << FieldType::Choice << none << u"anything"_s << QVariant(u"anything"_s);
        QTest::newRow("multi-choice") << FieldType::MultiChoice << kIndustries << u"software; RETAIL"_s
                                      << QVariant(QStringList {u"Software"_s, u"Retail"_s});
        QTest::newRow("multi-choice, empty parts")
            << FieldType::MultiChoice << kIndustries << u";manufacturing;;"_s << QVariant(QStringList {u"Manufacturing"_s});
        QTest::newRow("multi-choice, no list")
            << FieldType::MultiChoice << none << u"a; b"_s << QVariant(QStringList {u"a"_s, u"b"_s});
    }
    void parsesValidText()
    {
        QFETCH(FieldType, type);
        QFETCH(QStringList, choices);
        QFETCH(QString, text);
        QFETCH(QVariant, expected);
        const auto parsed = ValueParser::parse(def(type, choices), text);
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(parsed->typeId(), expected.typeId());
        QCOMPARE(*parsed, expected);
    }

    void refusesInvalidText_data()
    {
        QTest::addColumn<FieldType>("type");
        QTest::addColumn<QStringList>("choices");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonContains");

        const QStringList none;
        QTest::newRow("text, 201 characters") << FieldType::Text << none << QString(201, u'a') << u"too long"_s;
        QTest::newRow("long text, 20001 characters") << FieldType::LongText << none << QString(20001, u'x') << u"too long"_s;
        QTest::newRow("email, 201 characters")
            << FieldType::Email << none << QString(192, u'a') + u"@firma.pl"_s << u"too long"_s;
        QTest::newRow("text, bell") << FieldType::Text << none << u"Acme\u0007"_s << u"control characters"_s;
        QTest::newRow("text, NUL") << FieldType::Text << none << QString(u"Ac\0me"_s) << u"control characters"_s;
        QTest::newRow("text, escape") << FieldType::Text << none << u"\u001B[31mred"_s << u"control characters"_s;
        QTest::newRow("long text, bell") << FieldType::LongText << none << u"line\n\u0007"_s << u"control characters"_s;
        QTest::newRow("long text, DEL") << FieldType::LongText << none << u"line\u007F"_s << u"control characters"_s;
        QTest::newRow("email, no at") << FieldType::Email << none << u"not-an-email"_s << u"not-an-email"_s;
        QTest::newRow("email, no domain dot") << FieldType::Email << none << u"jan@localhost"_s << u"jan@localhost"_s;
        QTest::newRow("email, two ats") << FieldType::Email << none << u"jan@@firma.pl"_s << u"e-mail"_s;
        QTest::newRow("email, space") << FieldType::Email << none << u"jan kowalski@firma.pl"_s << u"e-mail"_s;
        QTest::newRow("email, double dot") << FieldType::Email << none << u"jan..k@firma.pl"_s << u"e-mail"_s;
        QTest::newRow("email, no local part") << FieldType::Email << none << u"@firma.pl"_s << u"e-mail"_s;
        QTest::newRow("email, one-letter tld") << FieldType::Email << none << u"jan@firma.p"_s << u"e-mail"_s;
        QTest::newRow("email, dash starts domain") << FieldType::Email << none << u"jan@-firma.pl"_s << u"e-mail"_s;
        QTest::newRow("phone, words") << FieldType::Phone << none << u"call me"_s << u"call me"_s;
        QTest::newRow("phone, 6 digits") << FieldType::Phone << none << u"123456"_s << u"phone"_s;
        QTest::newRow("phone, 7 digits") << FieldType::Phone << none << u"123 45 67"_s << u"phone"_s;
        QTest::newRow("phone, no such country") << FieldType::Phone << none << u"+999 600 123 456"_s << u"phone"_s;
        QTest::newRow("phone, too long for Poland") << FieldType::Phone << none << u"600 123 456 7"_s << u"phone"_s;
        QTest::newRow("phone, 16 digits") << FieldType::Phone << none << u"+1234567890123456"_s << u"phone"_s;
        QTest::newRow("phone, plus inside") << FieldType::Phone << none << u"48+600123456"_s << u"phone"_s;
        QTest::newRow("phone, extension") << FieldType::Phone << none << u"600 123 456 ext 12"_s << u"phone"_s;
        QTest::newRow("phone, fullwidth digits")
            << FieldType::Phone << none << u"\uFF16\uFF10\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15"_s << u"phone"_s;
        QTest::newRow("nip, wrong checksum") << FieldType::Nip << none << u"5260001247"_s << u"NIP"_s;
        QTest::newRow("nip, mod 11 is 10") << FieldType::Nip << none << u"1234567890"_s << u"NIP"_s;
        QTest::newRow("url, ftp") << FieldType::Url << none << u"ftp://firma.pl"_s << u"web address"_s;
        QTest::newRow("url, javascript") << FieldType::Url << none << u"javascript:alert(1)"_s << u"web address"_s;
        QTest::newRow("url, mailto") << FieldType::Url << none << u"mailto:jan@firma.pl"_s << u"web address"_s;
        QTest::newRow("url, no dotted host") << FieldType::Url << none << u"http://intranet"_s << u"web address"_s;
        QTest::newRow("url, words") << FieldType::Url << none << u"not a url"_s << u"web address"_s;
        QTest::newRow("integer, decimal") << FieldType::Integer << none << u"12.5"_s << u"whole number"_s;
        QTest::newRow("integer, words") << FieldType::Integer << none << u"many"_s << u"many"_s;
        QTest::newRow("integer, exponent") << FieldType::Integer << none << u"1e3"_s << u"whole number"_s;
        QTest::newRow("integer, overflow") << FieldType::Integer << none << u"9223372036854775808"_s << u"whole number"_s;
        QTest::newRow("money, words") << FieldType::Money << none << u"a lot"_s << u"amount"_s;
        QTest::newRow("money, 1.2.3") << FieldType::Money << none << u"1.2.3"_s << u"amount"_s;
        QTest::newRow("date, 30 February ISO") << FieldType::Date << none << u"2026-02-30"_s << u"2026-02-30"_s;
        QTest::newRow("date, 30 February dotted") << FieldType::Date << none << u"30.02.2026"_s << u"date"_s;
        QTest::newRow("date, 29 February, not a leap year") << FieldType::Date << none << u"29.02.2027"_s << u"date"_s;
        QTest::newRow("date, month 13") << FieldType::Date << none << u"2026-13-01"_s << u"date"_s;
        QTest::newRow("date, US order") << FieldType::Date << none << u"03/02/2026"_s << u"date"_s;
        QTest::newRow("date, words") << FieldType::Date << none << u"next week"_s << u"date"_s;
        QTest::newRow("currency, two letters") << FieldType::Currency << none << u"PL"_s << u"currency"_s;
        QTest::newRow("currency, four letters") << FieldType::Currency << none << u"PLNX"_s << u"currency"_s;
        QTest::newRow("currency, symbol") << FieldType::Currency << none << u"zł"_s << u"currency"_s;
        QTest::newRow("currency, digits") << FieldType::Currency << none << u"123"_s << u"currency"_s;
        QTest::newRow("choice, unknown") << FieldType::Choice << kIndustries << u"Banking"_s
                                         << u"Software, Manufacturing, Retail"_s;
        QTest::newRow("multi-choice, one unknown")
            << FieldType::MultiChoice << kIndustries << u"software;banking"_s << u"banking"_s;
    }
    void refusesInvalidText()
    {
        QFETCH(FieldType, type);
        QFETCH(QStringList, choices);
        QFETCH(QString, text);
        QFETCH(QString, reasonContains);
        const auto parsed = ValueParser::parse(def(type, choices), text);
        QVERIFY2(!parsed.has_value(), qPrintable(u"accepted as %1"_s.arg(parsed ? parsed->toString() : QString())));
        QVERIFY2(parsed.error().contains(reasonContains, Qt::CaseInsensitive), qPrintable(parsed.error()));
    }

    // An empty text clears the field, whatever its type.
    void emptyTextIsNull_data()
    {
        QTest::addColumn<FieldType>("type");
        QTest::addColumn<QString>("text");
        for (int t = static_cast<int>(FieldType::Text); t <= static_cast<int>(FieldType::MultiChoice); ++t) {
            const auto type = static_cast<FieldType>(t);
            QTest::addRow("%s empty", qPrintable(fieldTypeName(type))) << type << QString();
            QTest::addRow("%s blank", qPrintable(fieldTypeName(type))) << type << u" \t "_s;
        }
    }
    void emptyTextIsNull()
    {
        QFETCH(FieldType, type);
        QFETCH(QString, text);
        const auto parsed = ValueParser::parse(def(type, kIndustries), text);
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->isNull());
    }

    // toText() gives the canonical text, and parsing it gives the same value back.
    void toTextRoundTrips_data()
    {
        QTest::addColumn<FieldType>("type");
        QTest::addColumn<QStringList>("choices");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        const QStringList none;
        QTest::newRow("text") << FieldType::Text << none << u" Acme  Sp. "_s << u"Acme Sp."_s;
        QTest::newRow("long text") << FieldType::LongText << none << u"a\nb"_s << u"a\nb"_s;
        QTest::newRow("email") << FieldType::Email << none << u"Jan@Firma.pl"_s << u"jan@firma.pl"_s;
        QTest::newRow("phone") << FieldType::Phone << none << u"+48 600-123-456"_s << u"+48600123456"_s;
        QTest::newRow("nip") << FieldType::Nip << none << u"774-000-14-54"_s << u"7740001454"_s;
        QTest::newRow("url") << FieldType::Url << none << u"https://firma.pl"_s << u"https://firma.pl"_s;
        QTest::newRow("integer") << FieldType::Integer << none << u"1 200"_s << u"1200"_s;
        QTest::newRow("integer, negative") << FieldType::Integer << none << u"-7"_s << u"-7"_s;
        QTest::newRow("money") << FieldType::Money << none << u"1 234,5"_s << u"1234.50"_s;
        QTest::newRow("money, grosze only") << FieldType::Money << none << u"0,05"_s << u"0.05"_s;
        QTest::newRow("money, negative grosze") << FieldType::Money << none << u"-0,05"_s << u"-0.05"_s;
        QTest::newRow("money, negative") << FieldType::Money << none << u"-1 234,56"_s << u"-1234.56"_s;
        QTest::newRow("money, whole") << FieldType::Money << none << u"50 000"_s << u"50000.00"_s;
        QTest::newRow("date") << FieldType::Date << none << u"31.12.2026"_s << u"2026-12-31"_s;
        QTest::newRow("currency") << FieldType::Currency << none << u"eur"_s << u"EUR"_s;
        QTest::newRow("choice") << FieldType::Choice << kIndustries << u"retail"_s << u"Retail"_s;
        QTest::newRow("multi-choice") << FieldType::MultiChoice << kIndustries << u"retail; software"_s << u"Retail;Software"_s;
    }
    void toTextRoundTrips()
    {
        QFETCH(FieldType, type);
        QFETCH(QStringList, choices);
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const FieldDefinition field = def(type, choices);
        const auto first = ValueParser::parse(field, text);
        QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error()));
        QCOMPARE(ValueParser::toText(field, *first), canonical);
        const auto second = ValueParser::parse(field, canonical);
        QVERIFY(second.has_value());
        QCOMPARE(*second, *first);
    }

    void toTextOfNullIsEmpty()
    {
        QCOMPARE(ValueParser::toText(def(FieldType::Money), QVariant()), QString());
        QCOMPARE(ValueParser::toText(def(FieldType::Date), QVariant(QMetaType::fromType<QDate>())), QString());
    }

    // The canonical "source" field takes DOMAIN.md's sources, in any case.
    void sourceFieldTakesTheDomainSources()
    {
        const auto source = LeadFields::find(u"source"_s);
        QVERIFY(source.has_value());
        for (const QString &s : {u"form"_s, u"ads"_s, u"seo"_s, u"linkedin"_s, u"email_campaign"_s, u"webinar"_s, u"event"_s,
                 u"outbound"_s, u"referral"_s}) {
            const auto parsed = ValueParser::parse(*source, s.toUpper());
            QVERIFY2(parsed.has_value(), qPrintable(s));
            QCOMPARE(parsed->toString(), s);
        }
        QVERIFY(!ValueParser::parse(*source, u"carrier pigeon"_s).has_value());
    }

    void helpers()
    {
        QVERIFY(ValueParser::isValidEmail(u"a@b.pl"_s));
        QVERIFY(!ValueParser::isValidEmail(u"a@b"_s));
        QVERIFY(!ValueParser::isValidEmail(QString(250, u'a') + u"@b.pl"_s)); // over 254
        QCOMPARE(ValueParser::normalizePhone(u"600-123-456"_s), std::optional<QString>(u"+48600123456"_s));
        QCOMPARE(ValueParser::normalizePhone(u"12345"_s), std::optional<QString>());
        QCOMPARE(ValueParser::parseDate(u" 2026-01-31 "_s), std::optional<QDate>(QDate(2026, 1, 31)));
        QCOMPARE(ValueParser::parseDate(u"2026-02-30"_s), std::optional<QDate>());
    }
};

QTEST_APPLESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
