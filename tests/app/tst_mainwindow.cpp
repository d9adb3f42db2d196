// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test of the main window, offscreen: it opens a real database without
// blocking, fills the board's columns, heads them with the right counts, creates a
// pipeline in an empty database and explains a database it must not open.
#include "Await.h"
#include "BoardTestData.h"
#include "LocalBackend.h"
#include "TestDatabase.h"
#include "application/Translations.h"
#include "board/BoardAsOfView.h"
#include "board/BoardView.h"
#include "board/LeadMover.h"
#include "board/ClosedStageTile.h"
#include "board/StageColumn.h"
#include "board/StageHeader.h"
#include "board/StageLeadModel.h"
#include "board/StageListView.h"
#include "card/LeadCardFields.h"
#include "card/LeadCardPanel.h"
#include "card/LeadCards.h"
#include "card/StagePath.h"
#include "filters/BoardFilterBar.h"
#include "filters/BoardFilterState.h"
#include "dashboard/DashboardView.h"
#include "dashboard/LeadListDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessagePage.h"
#include "mainwindow/WelcomeBar.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QMenuBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QSettings>
#include <QStandardPaths>
#include <QAction>
#include <QUndoStack>
#include <QSignalSpy>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Translations> m_english;
    QDateTime m_now = QDateTime::currentDateTimeUtc();

    // A database with the b2b pipeline and leads in three stages; closed.
    static void fill(const ConnectionSettings &settings, const QDateTime &now)
    {
        LocalBackend backend(settings);
        QVERIFY(await(backend.open()).has_value());
        auto pipeline = await(backend.pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(pipeline.has_value());
        const QList<User> users = BoardTestData::createUsers(backend);
        QCOMPARE(BoardTestData::addLeads(backend, *pipeline, *pipeline->stageByName(u"New leads"_s), 120, users, now), 120);
        QCOMPARE(BoardTestData::addLeads(backend, *pipeline, *pipeline->stageByName(u"SQL"_s), 7, users, now, 10, 1), 7);
        QCOMPARE(BoardTestData::addLeads(backend, *pipeline, *pipeline->stageByName(u"Lost"_s), 4, users, now, 10, 2), 4);
    }

    static QStringList menuTitles(QMainWindow &window)
    {
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles.append(a->text());
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("LEJEK_NO_KEYCHAIN"))
            qputenv("LEJEK_NO_KEYCHAIN", "1");
        // The window remembers pipelines and filters in QSettings: not in the user's own.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // English as the app installs it: with its plural forms.
        m_english = std::make_unique<Translations>(u"en"_s);
        QVERIFY(m_english->install());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void opensADatabaseAndFillsTheBoard()
    {
        TestDatabase db(TestDatabase::Kind::SQLite);
        fill(db.settings(), m_now);

        MainWindow window(LocalBackend::factory());
        QCOMPARE(window.size(), QSize(1280, 800));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDatabase(db.url());
        // Opening runs on the store's thread: the window answers meanwhile.
        QCOMPARE(window.state(), MainWindow::State::Opening);
        QTRY_COMPARE(window.state(), MainWindow::State::Ready);
        BoardView *board = window.board();
        QTRY_VERIFY(board->hasTotals());

        QCOMPARE(menuTitles(window), (QStringList {u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Lead"_s, u"&Help"_s}));
        QCOMPARE(window.pipelineSelector()->count(), 1);
        QCOMPARE(window.pipelineSelector()->currentText(), u"B2B funnel"_s);
        QCOMPARE(board->columns().size(), 6);
        QCOMPARE(board->closedTiles().size(), 2);

        QHash<QString, qint64> counts;
        for (StageColumn *c : board->columns())
            counts.insert(c->stage().name, c->header()->totals().count);
        QCOMPARE(counts.value(u"New leads"_s), 120);
        QCOMPARE(counts.value(u"SQL"_s), 7);
        QCOMPARE(counts.value(u"MQL"_s), 0);
        QCOMPARE(board->column(board->pipeline().stageByName(u"New leads"_s)->id)->header()->countText(), u"120"_s);
        QCOMPARE(board->closedTiles().at(1)->totals().count, 4);
        QCOMPARE(board->closedTiles().at(1)->countText(), u"4 leads"_s);

        // The visible cards arrive.
        StageColumn *newLeads = board->column(board->pipeline().stageByName(u"New leads"_s)->id);
        QTRY_VERIFY(newLeads->model()->index(0).data(StageLeadModel::LoadedRole).toBool());
        QCOMPARE(newLeads->view()->accessibleName(), u"New leads, 120 leads"_s);
        StageColumn *sql = board->column(board->pipeline().stageByName(u"SQL"_s)->id);
        QTRY_VERIFY(sql->model()->index(6).data(StageLeadModel::LoadedRole).toBool());

        QTRY_VERIFY(window.statusText().contains(u"131 leads in this pipeline"_s));
        QVERIFY(window.statusText().contains(u"lejek.sqlite"_s));
        QVERIFY(!board->findChild<QWidget *>(u"emptyPipelineBanner"_s)->isVisible());

        // The board paints without trouble.
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());

        // Ctrl+Shift+Right moves a card; Ctrl+Z takes it back, Ctrl+Shift+Z again, each a new stage change.
        auto *undo = window.findChild<QAction *>(u"undoAction"_s);
        auto *redo = window.findChild<QAction *>(u"redoAction"_s);
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled());
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        const qint64 leadId = newLeads->model()->index(0).data(StageLeadModel::LeadIdRole).toLongLong();
        newLeads->view()->selectionModel()->select(newLeads->model()->index(0), QItemSelectionModel::ClearAndSelect);
        newLeads->view()->setFocus();
        QSignalSpy moved(board->mover(), &LeadMover::movesFinished);
        QTest::keyClick(newLeads->view(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(moved.size(), 1);
        QTRY_VERIFY(undo->isEnabled());
        const qint64 qualification = board->pipeline().stageByName(u"Qualification"_s)->id;
        QTRY_VERIFY(board->column(qualification)->model()->containsLead(leadId));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(moved.size(), 2);
        QTRY_VERIFY(newLeads->model()->containsLead(leadId));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(moved.size(), 3);
        QTRY_VERIFY(board->column(qualification)->model()->containsLead(leadId));
    }

    // Enter or a double-click opens the card beside the board; Shift+Enter a window of its
    // own; Ctrl+N an empty card in the first stage; `lejek --lead ID` starts with one open.
    void cardsOpenFromTheBoardTheMenuAndTheCommandLine()
    {
        TestDatabase db(TestDatabase::Kind::SQLite);
        fill(db.settings(), m_now);
        MainWindow window(LocalBackend::factory());
        window.show();
        window.openLeadWhenReady(3);
        window.openDatabase(db.url());
        QTRY_COMPARE(window.state(), MainWindow::State::Ready);
        LeadCardPanel *docked = window.cards()->dockedPanel();
        QTRY_COMPARE(docked->leadId(), qint64(3));
        QVERIFY(window.cards()->dock()->isVisible());

        // The board's pipeline comes after Ready, with the saved preferences (read from the
        // store): until then it has no stages.
        BoardView *board = window.board();
        QTRY_VERIFY(board->hasTotals());
        StageColumn *sql = board->column(board->pipeline().stageByName(u"SQL"_s)->id);
        QTRY_VERIFY(sql->model()->index(1).data(StageLeadModel::LoadedRole).toBool());
        const qint64 first = sql->model()->index(0).data(StageLeadModel::LeadIdRole).toLongLong();
        const qint64 second = sql->model()->index(1).data(StageLeadModel::LeadIdRole).toLongLong();
        sql->view()->setCurrentIndex(sql->model()->index(0));
        sql->view()->setFocus();
        QTest::keyClick(sql->view(), Qt::Key_Return);
        QTRY_COMPARE(docked->leadId(), first);
        QTRY_COMPARE(docked->stagePath()->currentStageId(), board->pipeline().stageByName(u"SQL"_s)->id);

        sql->view()->setCurrentIndex(sql->model()->index(1));
        QTest::keyClick(sql->view(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(window.cards()->windows().size(), 1);
        LeadCardPanel *own = window.cards()->windows().constFirst();
        QTRY_COMPARE(own->leadId(), second);
        QCOMPARE(docked->leadId(), first); // the docked card keeps its lead
        QVERIFY(own->window()->isVisible());

        const QRect rect = sql->view()->visualRect(sql->model()->index(1));
        QTest::mouseDClick(sql->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(window.cards()->windows().size(), 1); // already open: brought forward

        QVERIFY(window.newLeadAction()->isEnabled());
        QCOMPARE(window.newLeadAction()->shortcut(), QKeySequence(QKeySequence::New));
        window.newLeadAction()->trigger();
        QCOMPARE(docked->leadId(), qint64(0));
        QCOMPARE(docked->stagePath()->currentStageId(), board->pipeline().stageByName(u"New leads"_s)->id);
        QCOMPARE(docked->saveButton()->text(), u"Create lead"_s);
        QVERIFY(!docked->saveButton()->isEnabled()); // nothing to call it by yet
    }

    void anEmptyDatabaseGetsTheB2bPipeline()
    {
        QTemporaryDir dir;
        MainWindow window(LocalBackend::factory());
        window.show();
        window.openDatabase(dir.filePath(u"fresh.sqlite"_s));
        QTRY_COMPARE(window.state(), MainWindow::State::Ready);
        QTRY_VERIFY(window.board()->hasTotals());
        QCOMPARE(window.pipelineSelector()->count(), 1);
        QCOMPARE(window.board()->columns().size(), 6);
        QCOMPARE(window.board()->totalLeads(), 0);
        QWidget *banner = window.board()->findChild<QWidget *>(u"emptyPipelineBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(window.board()->columns().constFirst()->view()->emptyText().contains(u"lejek-cli"_s));
        // The app's own way in comes first.
        QVERIFY(window.board()->columns().constFirst()->view()->emptyText().contains(u"File › Import Leads…"_s));
        QTRY_VERIFY(window.statusText().contains(u"0 leads in this pipeline"_s));
    }

    // A database without users asks who you are, above a board that works meanwhile;
    // the name given becomes its admin, acts, and is remembered for the next start.
    void aNewDatabaseAsksWhoYouAre()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fresh.sqlite"_s);
        {
            MainWindow window(LocalBackend::factory());
            window.show();
            window.openDatabase(path);
            QTRY_COMPARE(window.state(), MainWindow::State::Ready);
            QTRY_VERIFY(window.welcomeBar()->isVisible());
            QVERIFY(!window.welcomeBar()->startButton()->isEnabled());
            QTest::keyClicks(window.welcomeBar()->nameEdit(), u"Anna Nowak"_s);
            QVERIFY(window.welcomeBar()->startButton()->isEnabled());
            QTest::mouseClick(window.welcomeBar()->startButton(), Qt::LeftButton);
            QTRY_VERIFY(!window.welcomeBar()->isVisible());
            QVERIFY(window.filterBar()->currentUser().has_value());
            QCOMPARE(window.filterBar()->currentUser()->name, u"Anna Nowak"_s);
            QCOMPARE(window.filterBar()->currentUser()->role, u"admin"_s);
            QTRY_VERIFY(window.board()->hasTotals());
        }
        LocalBackend backend(*ConnectionSettings::parse(path));
        QVERIFY(await(backend.open()).has_value());
        auto users = await(backend.pipelines().users(Principal::owner()));
        QVERIFY(users.has_value());
        QCOMPARE(users->size(), qsizetype(1));
        QCOMPARE(users->first().role, u"admin"_s);
        // The next start knows who it is.
        MainWindow again(LocalBackend::factory());
        again.show();
        again.openDatabase(path);
        QTRY_VERIFY(again.filterBar()->currentUser().has_value());
        QCOMPARE(again.filterBar()->currentUser()->name, u"Anna Nowak"_s);
        QVERIFY(!again.welcomeBar()->isVisible());
    }

    void aNewerDatabaseIsExplainedNotOpened()
    {
        TestDatabase db(TestDatabase::Kind::SQLite);
        fill(db.settings(), m_now);
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
            sql.setDatabaseName(db.url());
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(u"UPDATE meta SET value = '999' WHERE key = 'schema_version'"_s));
            sql.close();
        }
        QSqlDatabase::removeDatabase(u"bump"_s);

        MainWindow window(LocalBackend::factory());
        window.show();
        window.openDatabase(db.url());
        QTRY_COMPARE(window.state(), MainWindow::State::Failed);
        QCOMPARE(window.messagePage()->title(), u"Lejek could not open the database"_s);
        QVERIFY2(window.messagePage()->details().contains(u"newer Lejek"_s), qPrintable(window.messagePage()->details()));
        QVERIFY(window.messagePage()->isVisible());
        QVERIFY(!window.pipelineSelector()->isEnabled());
    }

    void anUnknownLocationIsExplained()
    {
        MainWindow window(LocalBackend::factory());
        window.show();
        window.openDatabase(u"mysql://db.example.com/crm"_s);
        QCOMPARE(window.state(), MainWindow::State::Failed);
        QVERIFY(window.messagePage()->details().contains(u"mysql://db.example.com/crm"_s));
    }

    void choosingAnotherPipelineRebuildsTheBoard()
    {
        TestDatabase db(TestDatabase::Kind::SQLite);
        fill(db.settings(), m_now);
        {
            LocalBackend backend(db.settings());
            QVERIFY(await(backend.open()).has_value());
            QVERIFY(await(backend.pipelines().createFromTemplate(Principal::owner(), u"handoff"_s, {})).has_value());
        }
        MainWindow window(LocalBackend::factory());
        window.show();
        window.openDatabase(db.url());
        QTRY_COMPARE(window.state(), MainWindow::State::Ready);
        QCOMPARE(window.pipelineSelector()->count(), 2);
        const int handoff = window.pipelineSelector()->findText(u"Lead handoff"_s);
        QVERIFY(handoff >= 0);
        window.pipelineSelector()->setCurrentIndex(handoff);
        QCOMPARE(window.board()->pipeline().name, u"Lead handoff"_s);
        QTRY_VERIFY(window.board()->hasTotals());
        QCOMPARE(window.board()->columns().size(), 5);
        QCOMPARE(window.board()->totalLeads(), 0);
    }

    // View › Dashboard (Ctrl+2) shows the dashboard tab, for the pipeline chosen and the
    // board's filter: 131 leads came in, all today; 4 of them lost.
    void theDashboardFollowsThePipelineAndTheFilter()
    {
        TestDatabase db(TestDatabase::Kind::SQLite);
        fill(db.settings(), m_now);
        qint64 someone = 0;
        {
            LocalBackend backend(db.settings());
            QVERIFY(await(backend.open()).has_value());
            someone = await(backend.pipelines().users(Principal::owner()))->first().id;
        }
        MainWindow window(LocalBackend::factory());
        window.show();
        window.openDatabase(db.url());
        QTRY_COMPARE(window.state(), MainWindow::State::Ready);
        QTRY_VERIFY(window.board()->hasTotals());
        QVERIFY(window.board()->isVisible());
        QVERIFY(!window.dashboard()->report()); // hidden: it has asked for nothing yet
        QCOMPARE(window.dashboardAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        QSignalSpy refreshed(window.dashboard(), &DashboardView::refreshed);
        window.dashboardAction()->trigger();
        QCOMPARE(window.tabs()->currentWidget(), window.dashboard());
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(window.dashboard()->report()->total.cohort, 131);
        QCOMPARE(window.dashboard()->report()->total.outcomes.lost, 4);
        // The board's owner filter narrows the dashboard too.
        BoardFilterState state = window.filterBar()->state();
        state.owner = OwnerScope::User;
        state.ownerUserId = someone;
        window.filterBar()->setState(state);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(window.dashboard()->report()->total.cohort < 131);
        QVERIFY(window.dashboard()->report()->total.cohort > 0);

        // A leakage figure lists its leads (no task is planned for any: every open lead
        // of the filter's owner); Enter on one opens its card.
        int open = 0;
        for (const StageLeakage &stage : window.dashboard()->report()->total.leakage.stages)
            open += stage.noNextTask;
        QVERIFY(open > 0);
        QSignalSpy opened(&window, &MainWindow::leadListOpened);
        window.dashboard()->listLeaking(1);
        QTRY_COMPARE(opened.size(), 1); // once the store has listed them
        auto *list = qobject_cast<LeadListDialog *>(opened.first().at(0).value<QDialog *>());
        QVERIFY(list);
        QTRY_COMPARE(list->list()->topLevelItemCount(), open); // it may have loaded while the list came
        QCOMPARE(list->windowTitle(), u"Leads with no next task"_s);
        QVERIFY2(list->noteText().startsWith(QString::number(open) + u" lead"_s), qPrintable(list->noteText()));
        QVERIFY2(list->noteText().endsWith(u"Enter or a double-click opens a lead's card."_s) || open == 1, qPrintable(list->noteText()));
        QSignalSpy chosen(list, &LeadListDialog::openLeadRequested);
        QTest::keyClick(list->list(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        const qint64 first = chosen.first().at(0).toLongLong();
        QVERIFY(first > 0);
        QTRY_COMPARE(window.cards()->dockedPanel()->leadId(), first);

        // View › Board as of a Past Day: the board tab, read only, the day's columns;
        // "Back to Today" returns to the live board.
        auto *asOf = window.findChild<QAction *>(u"boardAsOfAction"_s);
        QVERIFY(asOf);
        QSignalSpy asOfLoaded(window.boardAsOf(), &BoardAsOfView::loaded);
        asOf->trigger();
        QVERIFY(window.boardAsOf()->isVisible());
        QVERIFY(!window.board()->isVisible());
        QVERIFY(asOfLoaded.wait(10000));
        QVERIFY(!window.boardAsOf()->headers().isEmpty());
        QTest::mouseClick(window.boardAsOf()->findChild<QPushButton *>(u"boardAsOfBack"_s), Qt::LeftButton);
        QVERIFY(window.board()->isVisible());
    }

    // The window remembers, per database and user, the last pipeline and the filters.
    void remembersThePipelineAndTheFilters()
    {
        TestDatabase db(TestDatabase::Kind::SQLite);
        fill(db.settings(), m_now);
        {
            LocalBackend backend(db.settings());
            QVERIFY(await(backend.open()).has_value());
            QVERIFY(await(backend.pipelines().createFromTemplate(Principal::owner(), u"handoff"_s, u"Inbound"_s)).has_value());
        }
        {
            MainWindow window(LocalBackend::factory());
            window.show();
            window.openDatabase(db.url());
            QTRY_COMPARE(window.state(), MainWindow::State::Ready);
            QTRY_COMPARE(window.pipelineSelector()->count(), 2);
            QTRY_VERIFY(window.filterBar()->isEnabled());
            window.pipelineSelector()->setCurrentIndex(window.pipelineSelector()->findText(u"B2B funnel"_s));
            QTRY_VERIFY(window.board()->hasTotals());
            BoardFilterState state = window.filterBar()->state();
            state.text = u"nowak"_s;
            state.sort = LeadSort::Value;
            window.filterBar()->setState(state);
            QTRY_COMPARE(window.board()->filter().text, u"nowak"_s);
        }
        MainWindow again(LocalBackend::factory());
        again.show();
        again.openDatabase(db.url());
        QTRY_COMPARE(again.state(), MainWindow::State::Ready);
        QTRY_VERIFY(again.filterBar()->isEnabled());
        QCOMPARE(again.pipelineSelector()->currentText(), u"B2B funnel"_s);
        QCOMPARE(again.filterBar()->state().text, u"nowak"_s);
        QCOMPARE(again.filterBar()->state().sort, LeadSort::Value);
        QCOMPARE(again.board()->filter().text, u"nowak"_s);
        // The headers count what the filter lets through.
        QTRY_VERIFY(again.board()->hasTotals());
        QVERIFY(again.board()->totalLeads() < 131);
    }

    // Choosing who you are (Views › I am) puts your name on the moves you make.
    void movesAreRecordedUnderTheChosenUser()
    {
        TestDatabase db(TestDatabase::Kind::SQLite);
        fill(db.settings(), m_now);
        MainWindow window(LocalBackend::factory());
        window.show();
        window.openDatabase(db.url());
        QTRY_COMPARE(window.state(), MainWindow::State::Ready);
        QTRY_VERIFY(window.filterBar()->isEnabled());
        BoardView *board = window.board();
        QTRY_VERIFY(board->hasTotals());
        QAction *me = nullptr;
        QString name;
        for (QAction *action : window.filterBar()->findChildren<QAction *>())
            if (action->isCheckable() && action->data().toLongLong() > 0 && !me) {
                me = action;
                name = action->text().section(u" ("_s, 0, 0);
            }
        QVERIFY(me);
        me->trigger();
        StageColumn *newLeads = board->column(board->pipeline().stageByName(u"New leads"_s)->id);
        QTRY_VERIFY(newLeads->model()->index(0).data(StageLeadModel::LoadedRole).toBool());
        const qint64 leadId = newLeads->model()->index(0).data(StageLeadModel::LeadIdRole).toLongLong();
        QSignalSpy moved(board->mover(), &LeadMover::movesFinished);
        board->mover()->requestMove({leadId}, board->pipeline().stageByName(u"Qualification"_s)->id);
        QTRY_COMPARE(moved.size(), 1);
        LocalBackend backend(db.settings());
        QVERIFY(await(backend.open()).has_value());
        auto timeline = await(backend.leads().timeline(Principal::owner(), leadId));
        QVERIFY(timeline.has_value());
        const auto change = std::find_if(timeline->crbegin(), timeline->crend(), [](const TimelineEntry &e) {
            return e.type == TimelineEntry::Type::StageChange && e.toStage == u"Qualification"_s;
        });
        QVERIFY(change != timeline->crend());
        QCOMPARE(change->who, name);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
