// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CsvWriter: RFC 4180 out, quoted only where needed, formulas neutralised on request,
// and read back field for field by CsvReader.
#include "CsvReader.h"
#include "CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray written(const QList<QStringList> &records, CsvWriteOptions options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        qFatal("cannot open a buffer");
    CsvWriter writer(&buffer, options);
    for (const QStringList &record : records) {
        if (!writer.writeRecord(record))
            qFatal("cannot write a record");
    }
    return bytes;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void quotesOnlyWhenNeeded()
    {
        const QByteArray bytes = written({{u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s, u"cr\rhere"_s, u" lead"_s,
                                             u"trail "_s, u"\ttab"_s, QString(), u"semi;colon"_s, u"inner space"_s, u"Łódź"_s}},
            CsvWriteOptions {',', false, false});
        QCOMPARE(bytes,
            QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\" lead\",\"trail \",\"\ttab\",,"
                       "semi;colon,inner space,Łódź\r\n"));
    }

    void semicolonDelimiter()
    {
        const QByteArray bytes
            = written({{u"Okna"_s, u"1 234,56"_s, u"a;b"_s}, {u"x"_s, QString(), u"y"_s}}, CsvWriteOptions {';', false, false});
        QCOMPARE(bytes, QByteArray("Okna;1 234,56;\"a;b\"\r\nx;;y\r\n"));
    }

    void byteOrderMarkOnceAtTheStart()
    {
        QCOMPARE(written({{u"a"_s}, {u"b"_s}}, CsvWriteOptions {}),
            QByteArray("\xEF\xBB\xBF"
                       "a\r\nb\r\n"));
        QCOMPARE(written({}, CsvWriteOptions {}), QByteArray());
    }

    // An empty line would be read as no record at all.
    void aSingleEmptyFieldIsQuoted()
    {
        QCOMPARE(written({{u"a"_s}, {QString()}}, CsvWriteOptions {',', false, false}), QByteArray("a\r\n\"\"\r\n"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("bom");
        QTest::newRow("comma, BOM") << ',' << true;
        QTest::newRow("semicolon, BOM") << ';' << true;
        QTest::newRow("comma, no BOM") << ',' << false;
    }
    void roundTrip()
    {
        QFETCH(char, delimiter);
        QFETCH(bool, bom);
        const QStringList header {u"firma"_s, u"notatki"_s, u"budżet"_s, u"cytat"_s};
        const QList<QStringList> records {
            {u"Zażółć gęślą jaźń"_s, u"first\nsecond"_s, u"1 234,56"_s, u"say \"tak\""_s},
            {u"Kowalski, Jan; syn"_s, u"windows\r\nline"_s, u"-12.5"_s, u"\""_s},
            {QString(), u" spaces kept "_s, u"=1+1"_s, u"ŻÓŁĆ\n\nŚŹ"_s},
            {u"a"_s, u"b"_s, u"c"_s, u"d"_s},
        };
        const QString path = m_dir.filePath(u"roundtrip.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            CsvWriter writer(&file, CsvWriteOptions {delimiter, bom, false});
            QVERIFY(writer.writeRecord(header));
            for (const QStringList &record : records)
                QVERIFY(writer.writeRecord(record));
            QCOMPARE(writer.recordsWritten(), 5);
        }
        CsvReader reader(path);
        QVERIFY(reader.open());
        QCOMPARE(reader.delimiter(), delimiter);
        QCOMPARE(reader.header(), header);
        const QList<int> lines {2, 4, 6, 9};
        for (qsizetype i = 0; i < records.size(); ++i) {
            const auto record = reader.next();
            QVERIFY2(record, qPrintable(record ? QString() : record.error().message));
            QVERIFY(record->has_value());
            QCOMPARE((*record)->fields, records.at(i));
            QCOMPARE((*record)->line, lines.at(i));
        }
        const auto end = reader.next();
        QVERIFY(end);
        QVERIFY(!end->has_value());
    }

    void neutralized_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("=") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("= command") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
        QTest::newRow("+") << u"+1+cmd|' /C calc'!A0"_s << u"'+1+cmd|' /C calc'!A0"_s;
        QTest::newRow("+ phone") << u"+48 600 100 200"_s << u"'+48 600 100 200"_s;
        QTest::newRow("+ number") << u"+5"_s << u"'+5"_s;
        QTest::newRow("-") << u"-2+3+cmd|' /C calc'!A0"_s << u"'-2+3+cmd|' /C calc'!A0"_s;
        QTest::newRow("- alone") << u"-"_s << u"'-"_s;
        QTest::newRow("- grouped number") << u"-1 234,56"_s << u"'-1 234,56"_s;
        QTest::newRow("@") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
        QTest::newRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
        QTest::newRow("carriage return") << u"\r=1+1"_s << u"'\r=1+1"_s;
        QTest::newRow("negative decimal point") << u"-12.5"_s << u"-12.5"_s;
        QTest::newRow("negative decimal comma") << u"-12,5"_s << u"-12,5"_s;
        QTest::newRow("negative integer") << u"-7"_s << u"-7"_s;
        QTest::newRow("number") << u"12.50"_s << u"12.50"_s;
        QTest::newRow("half a number") << u"-12."_s << u"'-12."_s;
        QTest::newRow("two separators") << u"-1.2.3"_s << u"'-1.2.3"_s;
        QTest::newRow("text") << u"Okna = Drzwi"_s << u"Okna = Drzwi"_s;
        QTest::newRow("e-mail") << u"jan@firma.pl"_s << u"jan@firma.pl"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void neutralized()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::neutralized(value), expected);
    }

    void neutralizationIsAnOption()
    {
        const QStringList record {u"=HYPERLINK(\"http://x\")"_s, u"-12.5"_s, u"@x"_s, u"\tx"_s};
        QCOMPARE(written({record}, CsvWriteOptions {';', false, true}),
            QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\";-12.5;'@x;'\tx\r\n"));
        QCOMPARE(written({record}, CsvWriteOptions {';', false, false}),
            QByteArray("\"=HYPERLINK(\"\"http://x\"\")\";-12.5;@x;\"\tx\"\r\n"));
    }

    void writeFailureIsAnError()
    {
        QBuffer closed;
        CsvWriter writer(&closed, CsvWriteOptions {});
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
        const auto result = writer.writeRecord({u"a"_s});
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Storage);
        QCOMPARE(writer.recordsWritten(), 0);
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
