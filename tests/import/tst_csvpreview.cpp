// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CsvPreview: the first rows of a file with its delimiter and encoding found out.
#include "CsvPreview.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

class TestCsvPreview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

private Q_SLOTS:
    void readsTheFirstRowsAndDetects()
    {
        QByteArray csv = "Firma;Miasto\r\n";
        for (int i = 0; i < 50; ++i)
            csv += "Firma " + QByteArray::number(i) + ";Łódź\r\n";
        const auto preview = CsvPreview::load(write(u"pl.csv"_s, csv), std::nullopt, 0, 20);
        QVERIFY2(preview.has_value(), qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview->header, (QStringList{u"Firma"_s, u"Miasto"_s}));
        QCOMPARE(preview->delimiter, ';');
        QCOMPARE(preview->encoding, CsvEncoding::Utf8);
        QCOMPARE(preview->rows.size(), 20);
        QCOMPARE(preview->rows.at(0).line, 2);
        QCOMPARE(preview->rows.at(19).fields, (QStringList{u"Firma 19"_s, u"Łódź"_s}));
        QCOMPARE(preview->size, csv.size());
    }

    void windows1250IsRecognised()
    {
        // "Branża,Miasto / Zażółć,Łódź" as Polish Excel saves it.
        const QByteArray cp1250 = "Bran\xBF" "a,Miasto\r\nZa\xBF\xF3\xB3\xE6,\xA3\xF3" "d\x9F\r\n";
        QCOMPARE(CsvPreview::detectEncoding(cp1250), CsvEncoding::Windows1250);
        const auto preview = CsvPreview::load(write(u"cp.csv"_s, cp1250), std::nullopt, 0, 20);
        QVERIFY2(preview.has_value(), qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview->encoding, CsvEncoding::Windows1250);
        QCOMPARE(preview->header.at(0), u"Branża"_s);
        QCOMPARE(preview->rows.at(0).fields, (QStringList{u"Zażółć"_s, u"Łódź"_s}));
        // Forced to UTF-8 it is refused, naming the line.
        const auto forced = CsvPreview::load(m_dir.filePath(u"cp.csv"_s), CsvEncoding::Utf8, 0, 20);
        QVERIFY(!forced.has_value());
        QVERIFY(forced.error().message.contains(u"line 1"_s));
    }

    void aCutCharacterAtTheSampleEndIsStillUtf8()
    {
        const QByteArray text = "Zażółć gęślą jaźń";
        for (qsizetype cut = 1; cut <= text.size(); ++cut)
            QCOMPARE(CsvPreview::detectEncoding(text.first(cut)), CsvEncoding::Utf8);
        QCOMPARE(CsvPreview::detectEncoding("abc\xFF" "def"), CsvEncoding::Windows1250);
    }

    void missingAndEmptyFilesAreErrors()
    {
        QVERIFY(!CsvPreview::load(m_dir.filePath(u"none.csv"_s), std::nullopt, 0, 20).has_value());
        QVERIFY(!CsvPreview::load(write(u"empty.csv"_s, {}), std::nullopt, 0, 20).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCsvPreview)
#include "tst_csvpreview.moc"
