// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog, offscreen: the pipeline's leads written on the job's thread into
// a CSV with a BOM and the chosen delimiter, the count reported, ';' offered first
// where numbers have a decimal comma.
#include "Await.h"
#include "ImportJob.h"
#include "JobTestFixture.h"
#include "application/Translations.h"
#include "transfer/ExportDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Translations> m_english;
    JobTestFixture m_fx;

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_english = std::make_unique<Translations>(u"en"_s);
        QVERIFY(m_english->install());
    }

    void init()
    {
        QString why;
        QVERIFY2(m_fx.open(TestDatabase::Kind::SQLite, &why), qPrintable(why));
        ImportRequest request;
        request.by = Principal::owner();
        request.path = m_fx.writeFile(u"in.csv"_s, "company,email,notes\nAcme,jan@acme.pl,=1+1\nBeta,ewa@beta.pl,\"dwie, linie\"\nGamma,g@g.pl,\n");
        request.pipeline = m_fx.pipeline();
        QCOMPARE(ImportJob(m_fx.backend().leads(), request).run().tally.imported, 3);
    }

    void cleanup() { m_fx.close(); }

    void writesTheCurrentPipelineAsCsv()
    {
        ExportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        QVERIFY(dialog.path().endsWith(u".csv"_s));
        QVERIFY(dialog.path().contains(u"B2B funnel"_s));
        const QString path = m_fx.path(u"out.csv"_s);
        dialog.setPath(path);
        dialog.delimiterBox()->setCurrentIndex(dialog.delimiterBox()->findData(u";"_s));
        QVERIFY(!dialog.progressBar()->isVisible()); // no empty bar before there is progress
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning() || dialog.result().has_value());
        QVERIFY(dialog.progressBar()->isVisible());
        if (dialog.isRunning()) // what the export writes to is fixed while it runs
            QVERIFY(!dialog.findChild<QPushButton *>(u"exportBrowse"_s)->isEnabled());
        QTRY_VERIFY(dialog.result().has_value());
        QVERIFY(!dialog.result()->error);
        QCOMPARE(dialog.result()->written, 3);
        QCOMPARE(dialog.statusText(), u"Exported 3 leads to %1."_s.arg(QDir::toNativeSeparators(path)));
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
        QVERIFY(dialog.exportButton()->isEnabled());

        const QByteArray bytes = read(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "id;version;pipeline;stage;owner;"));
        QCOMPARE(bytes.count("\r\n"), 4);
        QVERIFY(bytes.contains(";'=1+1;")); // formula-safe
        QVERIFY(bytes.contains(";dwie, linie;")); // ',' needs no quotes with ';'
        QVERIFY(bytes.contains(";Gamma;"));
    }

    void aFailureIsShownAndNothingIsWritten()
    {
        ExportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.setPath(m_fx.path(u"no/such/folder/out.csv"_s));
        dialog.start();
        QTRY_VERIFY(dialog.result().has_value());
        QVERIFY(dialog.result()->error);
        QVERIFY2(dialog.statusText().contains(u"The export failed"_s), qPrintable(dialog.statusText()));
    }

    void polishSpreadsheetsGetSemicolons()
    {
        Translations polish(u"pl"_s);
        QVERIFY(polish.install());
        ExportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        QCOMPARE(dialog.delimiterBox()->currentData().toString(), u";"_s);
        QCOMPARE(dialog.exportButton()->text(), u"&Eksportuj"_s);
        m_english->install();
        ExportDialog english(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        QCOMPARE(english.delimiterBox()->currentData().toString(), u","_s);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
