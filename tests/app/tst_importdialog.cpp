// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog, driven as a user would, offscreen: the file's delimiter and
// encoding found out, the mapping pre-filled from English and Polish column names and
// changed by hand, the import run on its own thread into an SQLite database, rejects
// listed by line, Cancel that says what was written, and the board following along.
#include "ImportJob.h"
#include "JobTestFixture.h"
#include "LocalBackend.h"
#include "application/NumberFormat.h"
#include "application/Translations.h"
#include "board/BoardView.h"
#include "mainwindow/MainWindow.h"
#include "transfer/ColumnMappingTable.h"
#include "transfer/ImportDialog.h"
#include "transfer/ImportFilePage.h"
#include "transfer/ImportMappingPage.h"
#include "transfer/ImportResultPage.h"
#include "transfer/ImportRunPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Translations> m_english;
    JobTestFixture m_fx;

    // The dialog on the mapping page for `path`.
    static bool toMapping(ImportDialog &dialog, const QString &path)
    {
        dialog.filePage()->setFile(path);
        if (!QTest::qWaitFor([&] { return dialog.filePage()->isComplete(); }, 10000))
            return false;
        dialog.next();
        return dialog.currentId() == ImportDialog::MappingPageId;
    }

    // From the mapping page, runs the import to the result page.
    static bool runToResult(ImportDialog &dialog)
    {
        dialog.next();
        return QTest::qWaitFor([&] { return dialog.currentId() == ImportDialog::ResultPageId; }, 120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("LEJEK_NO_KEYCHAIN"))
            qputenv("LEJEK_NO_KEYCHAIN", "1");
        QStandardPaths::setTestModeEnabled(true); // the window's preferences stay out of the user's settings
        m_english = std::make_unique<Translations>(u"en"_s);
        QVERIFY(m_english->install());
    }

    void init()
    {
        QString why;
        QVERIFY2(m_fx.open(TestDatabase::Kind::SQLite, &why), qPrintable(why));
    }

    void cleanup() { m_fx.close(); }

    void mappingIsPrefilledFromPolishAndEnglishNames()
    {
        const QString path = m_fx.writeFile(u"pl.csv"_s,
            "Firma;E-mail;Branża;Etap;Właściciel;Job title;Kolor\r\n"
            "Fabryka Okien;jan@fo.pl;manufacturing;Nowe leady;;COO;zielony\r\n");
        ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        QVERIFY(toMapping(dialog, path));
        QCOMPARE(dialog.filePage()->delimiter(), ';');
        QCOMPARE(dialog.filePage()->encoding(), CsvEncoding::Utf8);
        ImportMappingPage *mapping = dialog.mappingPage();
        QCOMPARE(mapping->keys(), (QStringList{u"company"_s, u"email"_s, u"industry"_s, u"stage"_s, u"owner"_s, QString(), QString()}));
        QCOMPARE(mapping->table()->comboBox(0)->currentText(), u"Company"_s);
        QCOMPARE(mapping->table()->comboBox(6)->currentText(), u"Ignore"_s);
        QCOMPARE(mapping->table()->previewTable()->rowCount(), 1);
        QCOMPARE(mapping->table()->previewTable()->item(0, 0)->text(), u"Fabryka Okien"_s);
        QCOMPARE(mapping->table()->previewTable()->verticalHeaderItem(0)->text(), u"2"_s); // the file's line
        QVERIFY(mapping->isComplete());

        // Changing a mapping; a field chosen again leaves the column it had.
        mapping->table()->setKey(5, u"job_title"_s);
        mapping->table()->setKey(6, u"company"_s);
        QCOMPARE(mapping->keys(), (QStringList{QString(), u"email"_s, u"industry"_s, u"stage"_s, u"owner"_s, u"job_title"_s, u"company"_s}));
        // Nothing mapped: no import.
        for (int c = 0; c < 7; ++c)
            mapping->table()->setKey(c, QString());
        QVERIFY(!mapping->isComplete());
        QVERIFY(!dialog.button(QWizard::CommitButton)->isEnabled());
    }

    void aTypedPathIsReadWithoutReturn()
    {
        const QString path = m_fx.writeFile(u"typed.csv"_s, "company,email\nAcme,jan@acme.pl\n");
        ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        auto *edit = dialog.filePage()->findChild<QLineEdit *>(u"importPath"_s);
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, path); // typed, no Return
        QVERIFY(QTest::qWaitFor([&] { return dialog.filePage()->isComplete(); }, 5000));
        QVERIFY(dialog.button(QWizard::NextButton)->isEnabled());
    }

    void aFileWithOnlyAHeaderSaysThereIsNothingToImport()
    {
        const QString path = m_fx.writeFile(u"header.csv"_s, "company,email\n");
        ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        dialog.filePage()->setFile(path);
        QVERIFY(QTest::qWaitFor([&] { return dialog.filePage()->statusText().contains(u"nothing to import"_s); }, 5000));
        QVERIFY(!dialog.filePage()->isComplete());
        QVERIFY(!dialog.button(QWizard::NextButton)->isEnabled());
    }

    void theMappingNamesIgnoredColumnsAndMarksMisfitRows()
    {
        const QString path = m_fx.writeFile(u"misfit.csv"_s, "company,email,Colour\nAcme,jan@acme.pl,red\nShort,s@s.pl\nLong,l@l.pl,x,extra\n");
        ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        QVERIFY(toMapping(dialog, path));
        auto *summary = dialog.mappingPage()->findChild<QLabel *>(u"mappingSummary"_s);
        QVERIFY(summary);
        QCOMPARE(summary->text(), u"2 of 3 columns will be imported; ignored: Colour."_s);
        dialog.mappingPage()->table()->setKey(2, u"notes"_s);
        QCOMPARE(summary->text(), u"Every column will be imported."_s);
        QTableWidget *rows = dialog.mappingPage()->table()->previewTable();
        QVERIFY(rows->item(1, 0)->toolTip().contains(u"Line 3 has 2 fields, the header 3: it will be rejected."_s));
        QCOMPARE(rows->item(2, 2)->text(), u"x | extra"_s); // the extra field is shown
        QVERIFY(rows->item(0, 0)->toolTip() == u"Acme"_s);
    }

    void theResultListsRowsInTheFilesOrderAndSaysWhenNoneWasImported()
    {
        // Line 2's field count is found as it is read, before line 3's bad e-mail; the
        // SQL row is placed in the first stage, and says so.
        const QString path = m_fx.writeFile(u"order.csv"_s, "company,email,stage\nShort\nBad,bad-mail,\nLate,l@l.pl,SQL\n");
        ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        QVERIFY(toMapping(dialog, path));
        auto *gate = dialog.mappingPage()->findChild<QComboBox *>(u"importGate"_s);
        QVERIFY(gate);
        gate->setCurrentIndex(gate->findData(static_cast<int>(ImportOptions::Gate::FirstStage)));
        QVERIFY(runToResult(dialog));
        QTableWidget *notes = dialog.resultPage()->notesTable();
        QCOMPARE(notes->rowCount(), 3);
        QCOMPARE(notes->item(0, 0)->text(), u"2"_s);
        QCOMPARE(notes->item(1, 0)->text(), u"3"_s);
        QCOMPARE(notes->item(2, 0)->text(), u"4"_s);
        QCOMPARE(notes->item(2, 1)->text(), u"imported"_s);
        QVERIFY2(notes->item(2, 2)->text().startsWith(u"placed in New leads instead"_s), qPrintable(notes->item(2, 2)->text()));

        // Nothing imported: the headline says so rather than "some rows were not".
        const QString none = m_fx.writeFile(u"none.csv"_s, "company,email\nBad,bad-mail\n");
        ImportDialog again(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        again.show();
        QVERIFY(toMapping(again, none));
        QVERIFY(runToResult(again));
        QCOMPARE(again.resultPage()->headline(), u"The import is complete, but no row was imported."_s);
    }

    void aDryRunOffersToImportWithTheSameChoices()
    {
        const QString path = m_fx.writeFile(u"check.csv"_s, "Company,E-mail,Colour\nAcme,jan@acme.pl,red\nBad,not-mail,blue\n");
        ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        QVERIFY(toMapping(dialog, path));
        dialog.mappingPage()->table()->setKey(2, u"notes"_s); // chosen by hand
        dialog.mappingPage()->dryRunBox()->setChecked(true);
        QVERIFY(runToResult(dialog));
        QVERIFY(dialog.resultPage()->headline().startsWith(u"Dry run complete"_s));
        QAbstractButton *importNow = dialog.button(QWizard::CustomButton1);
        QVERIFY(importNow->isVisible());
        QCOMPARE(importNow->text(), u"&Import Now"_s);
        QCOMPARE(m_fx.leadCount(), 0);

        QTest::mouseClick(importNow, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return dialog.currentId() == ImportDialog::ResultPageId && dialog.runPage()->result().has_value()
                                             && !dialog.runPage()->result()->dryRun; }, 20000));
        QCOMPARE(dialog.resultPage()->countText(u"imported"_s), u"1"_s);
        QVERIFY(!dialog.button(QWizard::CustomButton1)->isVisible()); // done: nothing more to offer
        const QList<Lead> leads = m_fx.leads();
        QCOMPARE(leads.size(), 1);
        QCOMPARE(leads[0].value(u"notes"_s).toString(), u"red"_s); // the hand-made mapping kept
    }

    void importsIntoTheDatabaseAndListsRejects()
    {
        const QString path = m_fx.writeFile(u"leads.csv"_s,
            "Company,E-mail,City,Colour\n"
            "Acme,jan@acme.pl,Kraków,red\n"
            "Bad Mail,not-an-email,Gdańsk,blue\n"
            "Beta,ewa@beta.pl,Poznań,green\n"
            "Duplicate,JAN@acme.pl,,\n");
        ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        QVERIFY(toMapping(dialog, path));
        QCOMPARE(dialog.filePage()->delimiter(), ',');
        // The colour goes into the notes.
        dialog.mappingPage()->table()->setKey(3, u"notes"_s);
        QCOMPARE(dialog.button(QWizard::CommitButton)->text(), u"&Import"_s);
        QVERIFY(runToResult(dialog));

        ImportResultPage *result = dialog.resultPage();
        QCOMPARE(result->headline(), u"The import is complete; some rows were not imported."_s);
        QCOMPARE(result->countText(u"read"_s), u"4"_s);
        QCOMPARE(result->countText(u"imported"_s), u"2"_s);
        QCOMPARE(result->countText(u"skipped"_s), u"1"_s);
        QCOMPARE(result->countText(u"rejected"_s), u"1"_s);
        QTableWidget *notes = result->notesTable();
        QCOMPARE(notes->rowCount(), 2);
        QCOMPARE(notes->item(0, 0)->text(), u"3"_s);
        QCOMPARE(notes->item(0, 1)->text(), u"rejected"_s);
        QVERIFY2(notes->item(0, 2)->text().contains(u"e-mail"_s), qPrintable(notes->item(0, 2)->text()));
        QCOMPARE(notes->item(1, 0)->text(), u"5"_s);
        QCOMPARE(notes->item(1, 1)->text(), u"skipped"_s);
        // Skipped and rejected rows together: the rejected ones can be shown alone.
        QVERIFY(result->onlyRejectedBox()->isVisible());
        result->onlyRejectedBox()->setChecked(true);
        QCOMPARE(notes->rowCount(), 1);
        QCOMPARE(notes->item(0, 1)->text(), u"rejected"_s);
        result->onlyRejectedBox()->setChecked(false);
        QCOMPARE(notes->rowCount(), 2);
        QVERIFY(result->rejectsText().contains(u"leads.rejects.csv"_s));
        QVERIFY(QFile::exists(m_fx.path(u"leads.rejects.csv"_s)));
        QVERIFY(!dialog.button(QWizard::BackButton)->isVisible() || !dialog.button(QWizard::BackButton)->isEnabled());

        const QList<Lead> leads = m_fx.leads();
        QCOMPARE(leads.size(), 2);
        QCOMPARE(leads[0].value(u"company"_s).toString(), u"Acme"_s);
        QCOMPARE(leads[0].value(u"city"_s).toString(), u"Kraków"_s);
        QCOMPARE(leads[0].value(u"notes"_s).toString(), u"red"_s);
        QCOMPARE(leads[1].value(u"email"_s).toString(), u"ewa@beta.pl"_s);
    }

    void optionsReachTheImport()
    {
        const QString path = m_fx.writeFile(u"sql.csv"_s, "company,email,stage\nAcme,a@acme.pl,SQL\n");
        {
            ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
            dialog.show();
            QVERIFY(toMapping(dialog, path));
            dialog.mappingPage()->dryRunBox()->setChecked(true);
            QCOMPARE(dialog.button(QWizard::CommitButton)->text(), u"&Check"_s);
            QVERIFY(runToResult(dialog));
            QCOMPARE(dialog.resultPage()->headline(), u"Dry run complete: nothing was written."_s);
            QCOMPARE(dialog.resultPage()->countText(u"rejected"_s), u"1"_s);
            QCOMPARE(dialog.resultPage()->countCaption(u"rejected"_s), u"To be rejected:"_s); // nothing was
            QCOMPARE(dialog.resultPage()->countCaption(u"imported"_s), u"To be imported:"_s);
            QVERIFY(dialog.resultPage()->notesTable()->item(0, 2)->text().contains(u"Role"_s)); // SQL's gate
            QCOMPARE(m_fx.leadCount(), 0);
        }
        ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        QVERIFY(toMapping(dialog, path));
        QComboBox *gate = dialog.mappingPage()->gateBox();
        gate->setCurrentIndex(gate->findData(static_cast<int>(ImportOptions::Gate::FirstStage)));
        QVERIFY(runToResult(dialog));
        QCOMPARE(dialog.resultPage()->headline(), u"The import is complete."_s);
        QCOMPARE(dialog.resultPage()->countCaption(u"imported"_s), u"Imported:"_s);
        QCOMPARE(m_fx.leads().at(0).stageId, m_fx.pipeline().firstStage()->id);
    }

    void cancelSaysHowManyRowsWereWritten()
    {
        const int rows = 4 * ImportJob::BatchRows;
        const QString path = m_fx.writeFile(u"big.csv"_s, JobTestFixture::generatedCsv(rows));
        ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        QVERIFY(toMapping(dialog, path));
        dialog.next();
        QCOMPARE(dialog.currentId(), int(ImportDialog::RunPageId));
        QVERIFY(dialog.runPage()->isRunning());
        // Cancel once the first batch is in; the dialog stays to say what happened.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.runPage()->countsText().startsWith(u"Rows read"_s)
                                     || dialog.currentId() == ImportDialog::ResultPageId, 60000);
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.currentId(), int(ImportDialog::ResultPageId), 60000);
        const auto &result = dialog.runPage()->result();
        QVERIFY(result.has_value());
        const qint64 written = m_fx.leadCount();
        QCOMPARE(result->tally.imported, written);
        if (result->outcome == ImportResult::Outcome::Cancelled) {
            QCOMPARE(written % ImportJob::BatchRows, 0);
            QVERIFY(written > 0 && written < rows);
            QCOMPARE(dialog.resultPage()->headline(),
                     u"The import was cancelled. Rows written before it stopped: %1; they stay in the pipeline. To add the rest, "
                     "import the same file again: the rows already in are skipped as duplicates."_s.arg(NumberFormat::integer(written)));
        } else {
            QCOMPARE(written, rows); // it ended before the cancel arrived
        }
        QCOMPARE(dialog.resultPage()->countText(u"imported"_s), NumberFormat::integer(written));
        dialog.reject(); // now it closes
        QVERIFY(!dialog.isVisible());
    }

    void allOrNothingSaysNothingWasWritten()
    {
        // 2,000 good rows and a bad e-mail: the pages say what all or nothing means, and a
        // refused import counts nothing as imported (as lejek-cli does).
        const QString path = m_fx.writeFile(u"mixed.csv"_s, JobTestFixture::generatedCsv(2000) + "Zła,not-an-email\n");
        ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        QVERIFY(toMapping(dialog, path));
        dialog.mappingPage()->allOrNothingBox()->setChecked(true);
        dialog.next();
        QCOMPARE(dialog.currentId(), int(ImportDialog::RunPageId));
        QCOMPARE(dialog.runPage()->subTitle(),
                 u"All rows are written in one transaction, saved only when none is rejected. Cancel writes nothing."_s);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.currentId(), int(ImportDialog::ResultPageId), 60000);
        QCOMPARE(dialog.resultPage()->headline(),
                 u"Nothing was written: some rows cannot be imported, and you asked for all or nothing. "
                 "Rows ready to import once those are fixed: %1."_s.arg(NumberFormat::integer(2000)));
        QCOMPARE(dialog.resultPage()->countText(u"imported"_s), u"0"_s);
        QCOMPARE(dialog.resultPage()->countText(u"rejected"_s), u"1"_s);
        QCOMPARE(m_fx.leadCount(), 0);
    }

    void allOrNothingCancelledSaysNothingWasWritten()
    {
        const int rows = 4 * ImportJob::BatchRows;
        const QString path = m_fx.writeFile(u"big.csv"_s, JobTestFixture::generatedCsv(rows));
        ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        QVERIFY(toMapping(dialog, path));
        dialog.mappingPage()->allOrNothingBox()->setChecked(true);
        dialog.next();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.runPage()->countsText().startsWith(u"Rows read"_s)
                                     || dialog.currentId() == ImportDialog::ResultPageId, 60000);
        dialog.reject();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.currentId(), int(ImportDialog::ResultPageId), 60000);
        const auto &result = dialog.runPage()->result();
        QVERIFY(result.has_value());
        if (result->outcome == ImportResult::Outcome::Cancelled) {
            QVERIFY(result->tally.imported > 0); // sent, then rolled back
            QCOMPARE(dialog.resultPage()->headline(), u"The import was cancelled; nothing was written."_s);
            QCOMPARE(dialog.resultPage()->countText(u"imported"_s), u"0"_s);
            QCOMPARE(m_fx.leadCount(), 0);
        } else {
            QCOMPARE(m_fx.leadCount(), rows); // it ended before the cancel arrived
        }
        dialog.reject();
    }

    void windows1250AndBrokenFiles()
    {
        const QString cp1250 = m_fx.writeFile(u"cp.csv"_s, "Firma;Miasto\r\nZa\xBF\xF3\xB3\xE6;\xA3\xF3" "d\x9F\r\n");
        ImportDialog dialog(m_fx.backend().leads(), Principal::owner(), m_fx.pipeline());
        dialog.show();
        dialog.filePage()->setFile(cp1250);
        QTRY_VERIFY(dialog.filePage()->isComplete());
        QCOMPARE(dialog.filePage()->encoding(), CsvEncoding::Windows1250);
        QCOMPARE(dialog.filePage()->preview()->rows.at(0).fields.at(0), u"Zażółć"_s);
        // Forced to UTF-8 it is refused, and Next stays off.
        auto *encoding = dialog.filePage()->findChild<QComboBox *>(u"importEncoding"_s);
        encoding->setCurrentIndex(encoding->findData(static_cast<int>(CsvEncoding::Utf8)));
        Q_EMIT encoding->activated(encoding->currentIndex());
        QTRY_VERIFY(dialog.filePage()->statusText().contains(u"cannot be imported"_s));
        QVERIFY(!dialog.filePage()->isComplete());
        QVERIFY(!dialog.button(QWizard::NextButton)->isEnabled());

        dialog.filePage()->setFile(m_fx.path(u"missing.csv"_s));
        QTRY_VERIFY(dialog.filePage()->statusText().contains(u"cannot be imported"_s));
        QVERIFY(!dialog.filePage()->isComplete());
    }

    void theMainWindowImportsAndTheBoardFollows()
    {
        QTemporaryDir dir;
        const QString csv = m_fx.writeFile(u"window.csv"_s, JobTestFixture::generatedCsv(25));
        MainWindow window(LocalBackend::factory());
        QVERIFY(!window.importAction()->isEnabled());
        QVERIFY(!window.exportAction()->isEnabled());
        window.show();
        window.openDatabase(dir.filePath(u"lejek.sqlite"_s));
        QTRY_COMPARE(window.state(), MainWindow::State::Ready);
        QTRY_VERIFY(window.board()->hasTotals());
        QCOMPARE(window.board()->totalLeads(), 0);
        QVERIFY(window.importAction()->isEnabled());
        QVERIFY(window.exportAction()->isEnabled());

        window.importAction()->trigger();
        auto *dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->pipeline().id, window.board()->pipeline().id);
        QVERIFY(toMapping(*dialog, csv));
        QVERIFY(runToResult(*dialog));
        QCOMPARE(dialog->resultPage()->countText(u"imported"_s), u"25"_s);
        // No reload asked for: the services' change notice refreshes the board.
        QTRY_COMPARE(window.board()->totalLeads(), 25);
        dialog->accept();
        QTRY_VERIFY(!window.findChild<ImportDialog *>());

        // All or nothing commits once, on a connection of its own: the board follows
        // that commit too (15 new rows, the first 25 are duplicates and skipped).
        const QString more = m_fx.writeFile(u"more.csv"_s, JobTestFixture::generatedCsv(40));
        window.importAction()->trigger();
        dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        QVERIFY(toMapping(*dialog, more));
        dialog->mappingPage()->allOrNothingBox()->setChecked(true);
        QVERIFY(runToResult(*dialog));
        QCOMPARE(dialog->resultPage()->countText(u"imported"_s), u"15"_s);
        QCOMPARE(dialog->resultPage()->countText(u"skipped"_s), u"25"_s);
        QTRY_COMPARE(window.board()->totalLeads(), 40);
        dialog->accept();
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
