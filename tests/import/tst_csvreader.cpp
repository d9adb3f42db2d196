// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: RFC 4180 files one record at a time, every error with its line.
#include "CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {

// Everything a reader gives for a file: what it read until the end or the first error.
struct Outcome {
    QStringList header;
    char delimiter = 0;
    QList<CsvRecord> records;
    std::optional<Error> error;
};

Outcome readAll(CsvReader &reader)
{
    Outcome out;
    if (auto opened = reader.open(); !opened) {
        out.error = opened.error();
        return out;
    }
    out.header = reader.header();
    out.delimiter = reader.delimiter();
    while (true) {
        auto record = reader.next();
        if (!record) {
            out.error = record.error();
            return out;
        }
        if (!*record)
            return out;
        out.records.append(std::move(**record));
    }
}

QList<int> linesOf(const QList<CsvRecord> &records)
{
    QList<int> lines;
    for (const CsvRecord &r : records)
        lines.append(r.line);
    return lines;
}

// Starts the peak resident memory afresh at the current one (Linux 4.0 and later), so
// earlier tests do not hide what the next one takes.
bool resetPeakResident()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// The peak resident memory of this process so far, in KiB.
qint64 peakResidentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"f%1.csv"_s.arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

    Outcome read(const QByteArray &bytes, CsvReadOptions options = {})
    {
        CsvReader reader(write(bytes), options);
        return readAll(reader);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsHeaderAndRecordsWithLines()
    {
        const Outcome out = read("name,email\nJan,jan@firma.pl\nAnna,anna@firma.pl\n");
        QVERIFY(!out.error);
        QCOMPARE(out.header, (QStringList {u"name"_s, u"email"_s}));
        QCOMPARE(out.delimiter, ',');
        QCOMPARE(out.records.size(), 2);
        QCOMPARE(out.records[0], (CsvRecord {2, {u"Jan"_s, u"jan@firma.pl"_s}}));
        QCOMPARE(out.records[1], (CsvRecord {3, {u"Anna"_s, u"anna@firma.pl"_s}}));
    }

    void byteOrderMarkIsStripped()
    {
        const Outcome out = read("\xEF\xBB\xBF"
                                 "firma,nip\r\nOkna,5260001246\r\n");
        QVERIFY(!out.error);
        QCOMPARE(out.header, (QStringList {u"firma"_s, u"nip"_s}));
        QCOMPARE(out.records.size(), 1);
        QCOMPARE(out.records[0].fields, (QStringList {u"Okna"_s, u"5260001246"_s}));
    }

    void semicolonsWithDecimalCommas()
    {
        const Outcome out = read("firma;budżet;waluta\r\n\"Okna; Drzwi\";1 234,56;PLN\r\nŁódź Sp. z o.o.;50 000,00;PLN\r\n");
        QVERIFY(!out.error);
        QCOMPARE(out.delimiter, ';');
        QCOMPARE(out.header, (QStringList {u"firma"_s, u"budżet"_s, u"waluta"_s}));
        QCOMPARE(out.records[0], (CsvRecord {2, {u"Okna; Drzwi"_s, u"1 234,56"_s, u"PLN"_s}}));
        QCOMPARE(out.records[1], (CsvRecord {3, {u"Łódź Sp. z o.o."_s, u"50 000,00"_s, u"PLN"_s}}));
    }

    void delimiterFromTheHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<char>("expected");
        QTest::newRow("commas") << QByteArray("a,b,c\n1,2,3\n") << ',';
        QTest::newRow("semicolons") << QByteArray("a;b;c\n1;2;3\n") << ';';
        QTest::newRow("more semicolons") << QByteArray("a;b,c;d\n") << ';';
        QTest::newRow("more commas") << QByteArray("a,b;c,d\n") << ',';
        QTest::newRow("a tie goes to ;") << QByteArray("a;b,c\n") << ';';
        QTest::newRow("one column") << QByteArray("name\nJan\n") << ',';
        QTest::newRow("quoted semicolons do not count") << QByteArray("\"a;b;c\",d,e\n") << ',';
        QTest::newRow("a record that fits neither leaves it to the header") << QByteArray("a,b\n1;2;3;4\n") << ',';
        QTest::newRow("blank lines before the header") << QByteArray("\r\n\na;b\n") << ';';
        // A header with commas in a column name: the first record shows which splits it.
        QTest::newRow("the record settles it") << QByteArray("Firma;Kwota, PLN, netto\r\nAcme;\"1 234,56\"\r\n") << ';';
        QTest::newRow("decimal comma unquoted") << QByteArray("Firma;Kwota\nAcme;1234,56\n") << ';';
        QTest::newRow("the record settles it for ,") << QByteArray("Name,Note; extra\nJan,x\n") << ',';
        QTest::newRow("the record after blank lines") << QByteArray("Firma;Kwota, PLN, netto\n\n\nAcme;5\n") << ';';
        QTest::newRow("the record without a line end") << QByteArray("Firma;Kwota, PLN, netto\nAcme;5") << ';';
        QTest::newRow("a record across lines") << QByteArray("Firma;Uwagi, różne, inne\n\"a\nb, c\";5\n") << ';';
    }
    void delimiterFromTheHeader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(char, expected);
        CsvReader reader(write(bytes));
        QVERIFY(reader.open());
        QCOMPARE(reader.delimiter(), expected);
    }

    void delimiterForcedByTheCaller()
    {
        const Outcome out = read("a;b,c\n1;2,3\n", CsvReadOptions {CsvEncoding::Utf8, ','});
        QVERIFY(!out.error);
        QCOMPARE(out.delimiter, ',');
        QCOMPARE(out.header, (QStringList {u"a;b"_s, u"c"_s}));
        const Outcome bad = read("a,b\n", CsvReadOptions {CsvEncoding::Utf8, '|'});
        QVERIFY(bad.error);
        QVERIFY2(bad.error->message.contains(u"delimiter"_s), qPrintable(bad.error->message));
    }

    void crlfAndLfAndNoFinalNewline()
    {
        const Outcome out = read("a,b\r\n1,2\n3,4\r\n5,6");
        QVERIFY(!out.error);
        QCOMPARE(linesOf(out.records), (QList<int> {2, 3, 4}));
        QCOMPARE(out.records[0].fields, (QStringList {u"1"_s, u"2"_s}));
        QCOMPARE(out.records[2].fields, (QStringList {u"5"_s, u"6"_s}));
    }

    // Newlines inside quotes are kept in the field and counted for the later lines.
    void quotedNewlinesKeepLinesRight()
    {
        const Outcome out = read("id,notes\n1,\"first\nsecond\nthird\"\n2,plain\n3,\"x\r\ny\"\r\n4,\"\n\"\n5,z\n");
        QVERIFY(!out.error);
        QCOMPARE(linesOf(out.records), (QList<int> {2, 5, 6, 8, 10}));
        QCOMPARE(out.records[0].fields[1], u"first\nsecond\nthird"_s);
        QCOMPARE(out.records[2].fields[1], u"x\r\ny"_s);
        QCOMPARE(out.records[3].fields[1], u"\n"_s);
        QCOMPARE(out.records[4].fields, (QStringList {u"5"_s, u"z"_s}));
    }

    void quotedDelimitersAndDoubledQuotes()
    {
        const Outcome out = read("a,b,c\n\"Kowalski, Jan\",\"powiedział \"\"tak\"\"\",\"\"\"\"\n");
        QVERIFY(!out.error);
        QCOMPARE(out.records[0].fields, (QStringList {u"Kowalski, Jan"_s, u"powiedział \"tak\""_s, u"\""_s}));
    }

    void fieldsAreNotTrimmedButHeaderNamesAre()
    {
        const Outcome out = read(" a , b \n x , y \n,\n");
        QVERIFY(!out.error);
        QCOMPARE(out.header, (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(out.records[0].fields, (QStringList {u" x "_s, u" y "_s}));
        QCOMPARE(out.records[1].fields, (QStringList {QString(), QString()}));
    }

    void blankLinesAreSkipped()
    {
        const Outcome out = read("a\n\n1\r\n\r\n\n2\n\n");
        QVERIFY(!out.error);
        QCOMPARE(linesOf(out.records), (QList<int> {3, 6}));
        // A quoted empty field is a record, not a blank line.
        const Outcome quoted = read("a\n\"\"\n");
        QCOMPARE(quoted.records, (QList<CsvRecord> {CsvRecord {2, {QString()}}}));
    }

    void loneCarriageReturnsEndLines()
    {
        const Outcome out = read("a,b\r1,2\r3,\"x\ry\"\r4,5");
        QVERIFY(!out.error);
        QCOMPARE(linesOf(out.records), (QList<int> {2, 3, 5}));
    }

    void unbalancedQuoteAtTheEnd()
    {
        const Outcome out = read("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
        QVERIFY(out.error);
        QCOMPARE(out.records.size(), 1);
        QCOMPARE(out.error->code, Error::Code::Invalid);
        QCOMPARE(out.error->message, u"line 3: a quoted field is not closed"_s);
    }

    void strayQuotesNameTheirLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("line");
        QTest::newRow("quote inside an unquoted field") << QByteArray("a,b\n1,2\n3,x\"y\n") << u"line 3:"_s;
        QTest::newRow("text after a closing quote") << QByteArray("a,b\n\"1\nx\"y,2\n") << u"line 3:"_s;
        QTest::newRow("space after a closing quote") << QByteArray("a,b\n\"1\" ,2\n") << u"line 2:"_s;
    }
    void strayQuotesNameTheirLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, line);
        const Outcome out = read(bytes);
        QVERIFY(out.error);
        QVERIFY2(out.error->message.startsWith(line), qPrintable(out.error->message));
        QVERIFY2(out.error->message.contains(u"quote"_s), qPrintable(out.error->message));
    }

    // A short or long record is the importer's to reject, with its line.
    void wrongFieldCountsAreReportedPerRecord()
    {
        CsvReader reader(write("a,b,c\n1,2,3\n1,2\n1,2,3,4\n\"x\ny\",2,3\n"));
        const Outcome out = readAll(reader);
        QVERIFY(!out.error);
        QCOMPARE(out.records.size(), 4);
        QCOMPARE(out.records[0].fields.size(), 3);
        QCOMPARE(out.records[1].fields.size(), 2);
        QCOMPARE(out.records[2].fields.size(), 4);
        QCOMPARE(reader.fieldCountError(out.records[0]), std::nullopt);
        QCOMPARE(reader.fieldCountError(out.records[1]), u"the record has 2 fields, the header 3"_s);
        QCOMPARE(reader.fieldCountError(out.records[2]), u"the record has 4 fields, the header 3"_s);
        QCOMPARE(reader.fieldCountError(out.records[3]), std::nullopt);
    }

    void emptyFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no bytes") << QByteArray();
        QTest::newRow("a byte order mark only") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("blank lines only") << QByteArray("\r\n\n\r\n");
    }
    void emptyFile()
    {
        QFETCH(QByteArray, bytes);
        CsvReader reader(write(bytes));
        const auto opened = reader.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().message, u"the file is empty"_s);
        // next() repeats the error rather than reading on.
        const auto next = reader.next();
        QVERIFY(!next);
        QCOMPARE(next.error().message, u"the file is empty"_s);
    }

    void headerOnlyIsNoRecords()
    {
        for (const QByteArray &bytes : {QByteArray("a,b\n"), QByteArray("a,b"), QByteArray("a,b\r\n\r\n")}) {
            CsvReader reader(write(bytes));
            const Outcome out = readAll(reader);
            QVERIFY(!out.error);
            QCOMPARE(out.header, (QStringList {u"a"_s, u"b"_s}));
            QVERIFY(out.records.isEmpty());
            QVERIFY(reader.next()); // still the end, not an error
        }
    }

    void badHeaderNames_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty names") << QByteArray("a,,b, \n1,2,3,4\n")
                                     << u"line 1: columns without a name in the header: 2, 4"_s;
        QTest::newRow("trailing delimiter") << QByteArray("a;b;\n") << u"line 1: columns without a name in the header: 3"_s;
        QTest::newRow("repeated names") << QByteArray("email,phone,email,phone,email\n")
                                        << u"line 1: column names used twice in the header: \"email\", \"phone\""_s;
        QTest::newRow("repeated once trimmed")
            << QByteArray("firma, firma\n") << u"line 1: column names used twice in the header: \"firma\""_s;
    }
    void badHeaderNames()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const Outcome out = read(bytes);
        QVERIFY(out.error);
        QCOMPARE(out.error->message, message);
    }

    void notUtf8NamesTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("line");
        QTest::newRow("windows-1250 letters") << QByteArray("a,b\n1,2\nZa\xbf\xf3\xb3\xe6,3\n") << u"line 3:"_s;
        QTest::newRow("in the header") << QByteArray("na\xbf,b\n") << u"line 1:"_s;
        QTest::newRow("after quoted newlines") << QByteArray("a,b\n1,\"x\ny\nz\",\xff\n") << u"line 4:"_s;
        QTest::newRow("a truncated character") << QByteArray("a,b\n\xc5,2\n") << u"line 2:"_s;
        QTest::newRow("overlong form") << QByteArray("a,b\n\xc0\xaf,2\n") << u"line 2:"_s;
        QTest::newRow("surrogate") << QByteArray("a,b\n1,2\n\xed\xa0\x80,2\n") << u"line 3:"_s;
        QTest::newRow("ends inside a character") << QByteArray("a,b\n1,2\n3,\xe2\x82") << u"line 3:"_s;
    }
    void notUtf8NamesTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, line);
        const Outcome out = read(bytes);
        QVERIFY(out.error);
        QCOMPARE(out.error->code, Error::Code::Invalid);
        QVERIFY2(out.error->message.startsWith(line), qPrintable(out.error->message));
        QVERIFY2(out.error->message.contains(u"UTF-8"_s), qPrintable(out.error->message));
    }

    // A character split by the 64 KiB chunk boundary is still one character.
    void utf8AcrossChunkBoundaries()
    {
        for (qsizetype shift = 0; shift < 4; ++shift) {
            QByteArray bytes("name\n");
            bytes += QByteArray(CsvReader::ChunkBytes - bytes.size() - shift, 'a');
            bytes += "\xF0\x9F\x98\x80ż€\n"; // 4, 2 and 3 bytes
            bytes += "x\n";
            const Outcome out = read(bytes);
            QVERIFY2(!out.error, qPrintable(out.error ? out.error->message : QString()));
            QCOMPARE(out.records.size(), 2);
            QVERIFY(out.records[0].fields[0].endsWith(u"\U0001F600ż€"_s));
            QCOMPARE(out.records[1].line, 3);
        }
        QByteArray broken("name\n");
        broken += QByteArray(CsvReader::ChunkBytes - broken.size() - 1, 'a');
        broken += "\xC5"
                  "a\n"; // the second byte, after the boundary, is no continuation
        const Outcome out = read(broken);
        QVERIFY(out.error);
        QVERIFY2(out.error->message.startsWith(u"line 2:"_s), qPrintable(out.error->message));
    }

    void windows1250()
    {
        // "Zażółć gęślą jaźń" and "Łódź" as a Polish Excel saves them.
        const QByteArray bytes("nazwa;miasto\r\n"
                               "Za\xbf\xf3\xb3\xe6 g\xea\x9cl\xb9 ja\x9f\xf1;\xa3\xf3"
                               "d\x9f\r\n"
                               "\xaf\xd3\xa3\xc6;\x8c\x8f\r\n");
        const Outcome out = read(bytes, CsvReadOptions {CsvEncoding::Windows1250, 0});
        QVERIFY2(!out.error, qPrintable(out.error ? out.error->message : QString()));
        QCOMPARE(out.delimiter, ';');
        QCOMPARE(out.records[0].fields, (QStringList {u"Zażółć gęślą jaźń"_s, u"Łódź"_s}));
        QCOMPARE(out.records[1].fields, (QStringList {u"ŻÓŁĆ"_s, u"ŚŹ"_s}));
        // The same bytes read as UTF-8 are refused on their line.
        const Outcome asUtf8 = read(bytes);
        QVERIFY(asUtf8.error);
        QVERIFY2(asUtf8.error->message.startsWith(u"line 2:"_s), qPrintable(asUtf8.error->message));
    }

    void encodingNames()
    {
        QCOMPARE(CsvReader::encodingFromName(u"UTF-8"), CsvEncoding::Utf8);
        QCOMPARE(CsvReader::encodingFromName(u"utf8"), CsvEncoding::Utf8);
        QCOMPARE(CsvReader::encodingFromName(u"cp1250"), CsvEncoding::Windows1250);
        QCOMPARE(CsvReader::encodingFromName(u"Windows-1250"), CsvEncoding::Windows1250);
        QCOMPARE(CsvReader::encodingFromName(u"latin2"), std::nullopt);
    }

    void absurdSizesAreRefused()
    {
        // One field over 1 MiB.
        QByteArray big("a,b\n1,2\n3,");
        big += QByteArray(CsvReader::MaxFieldBytes + 10, 'x');
        big += "\n4,5\n";
        Outcome out = read(big);
        QVERIFY(out.error);
        QVERIFY2(out.error->message.startsWith(u"line 3: a field is larger than 1 MiB"_s), qPrintable(out.error->message));
        // A quote never closed swallows the rest of a large file: the cap stops it early.
        QByteArray open("a,b\n1,\"open\n");
        for (int i = 0; i < 100000; ++i)
            open += "some,ordinary,line\n";
        out = read(open);
        QVERIFY(out.error);
        QVERIFY2(out.error->message.startsWith(u"line 2: a field is larger than 1 MiB (is a quote not closed?)"_s),
            qPrintable(out.error->message));
        // A record over 4 MiB, every field under the cap.
        QByteArray wide("a,b,c,d,e,f\n1,2,3,4,5,6\n");
        for (int i = 0; i < 5; ++i)
            wide += QByteArray(1000 * 1000, 'y') + ',';
        wide += "z\n";
        out = read(wide);
        QVERIFY(out.error);
        QVERIFY2(out.error->message.startsWith(u"line 3: the record is larger than 4 MiB"_s), qPrintable(out.error->message));
    }

    void missingFile()
    {
        CsvReader reader(m_dir.filePath(u"nothing-here.csv"_s));
        const auto opened = reader.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotFound);
        QVERIFY(opened.error().message.contains(u"nothing-here.csv"_s));
    }

    void readsFromADeviceWithProgress()
    {
        QByteArray bytes("\xEF\xBB\xBF"
                         "a,b\r\n1,2\r\n3,4\r\n");
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QCOMPARE(reader.size(), qint64(bytes.size()));
        QCOMPARE(reader.bytesRead(), qint64(0));
        const Outcome out = readAll(reader);
        QVERIFY(!out.error);
        QCOMPARE(out.records.size(), 2);
        QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
        QCOMPARE(reader.line(), 4);
    }

    // ~50 MB through the reader: the peak resident memory stays where it was.
    void largeFileInBoundedMemory()
    {
        const QString path = m_dir.filePath(u"large.csv"_s);
        const qint64 target = 50LL * 1000 * 1000;
        qint64 rows = 0;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("id;firma;email;notatki;budżet\r\n") > 0);
            QByteArray block;
            block.reserve(1 << 20);
            while (file.size() + block.size() < target) {
                block += QByteArray::number(rows) + ";Firma " + QByteArray::number(rows)
                    + " Sp. z o.o.;kontakt@firma.pl;\"Zażółć; \"\"gęślą\"\"\r\njaźń\";1 234,56\r\n";
                ++rows;
                if (block.size() > (1 << 20) - 200) {
                    QCOMPARE(file.write(block), block.size());
                    block.resize(0);
                }
            }
            QCOMPARE(file.write(block), block.size());
        }
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > target - 1000);

        if (!resetPeakResident())
            qWarning("cannot reset the peak resident memory; the check is weaker");
        const qint64 before = peakResidentKiB();
        QVERIFY(before > 0);
        CsvReader reader(path);
        QVERIFY(reader.open());
        QCOMPARE(reader.size(), size);
        qint64 count = 0;
        while (true) {
            auto record = reader.next();
            QVERIFY2(record, qPrintable(record ? QString() : record.error().message));
            if (!*record)
                break;
            const CsvRecord &r = **record;
            if (r.line != 2 + 2 * count || r.fields.size() != 5 || r.fields[3] != u"Zażółć; \"gęślą\"\r\njaźń"_s)
                QFAIL(qPrintable(u"record %1 at line %2 is wrong"_s.arg(count).arg(r.line)));
            ++count;
        }
        const qint64 after = peakResidentKiB();
        QCOMPARE(count, rows);
        QCOMPARE(reader.bytesRead(), size);
        qInfo(
            "%lld records, %lld MB; peak resident memory %lld KiB before, %lld KiB after", count, size / 1000000, before, after);
        QVERIFY2(after - before < 8 * 1024, "the peak resident memory grew by more than 8 MiB");
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
