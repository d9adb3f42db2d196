// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Moving cards on a real board over a real SQLite database: the optimistic display,
// the gates checked before writing ("complete to move"), the lost reason and the won
// confirmation, a refusal that sends back only its card, undo and redo as new stage
// changes, keyboard moves and the "Move to" menu. Every move is checked in the
// database afterwards, not only on screen.
#include "Await.h"
#include "BoardTestData.h"
#include "LocalBackend.h"
#include "StageGate.h"
#include "TestDatabase.h"
#include "application/Translations.h"
#include "board/BoardView.h"
#include "board/ClosedStageTile.h"
#include "board/LeadDragPayload.h"
#include "board/LeadMover.h"
#include "board/StageColumn.h"
#include "board/StageHeader.h"
#include "board/StageLeadModel.h"
#include "board/StageListView.h"
#include "card/CompleteToMoveDialog.h"
#include "card/FieldEditor.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <QUndoStack>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestLeadMover : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Translations> m_english;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<BoardView> m_board;
    Pipeline m_pipeline;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    qint64 m_ready = 0; // in MQL with everything SQL asks for
    qint64 m_bare = 0; // in MQL with a company only

    const Stage &stage(const QString &name) const { return *m_pipeline.stageByName(name); }
    StageColumn *column(const QString &name) const { return m_board->column(stage(name).id); }
    LeadMover *mover() const { return m_board->mover(); }

    qint64 createLead(const QString &stageName, const FieldInput &fields)
    {
        // Created in New leads, then moved through the services like any lead.
        auto created = await(m_backend->leads().createLead(Principal::owner(), NewLead {m_pipeline.id, {}, fields, {}}));
        if (!created)
            qFatal("createLead: %s", qPrintable(created.error().message));
        if (stageName != u"New leads"_s) {
            auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest {{created->id}, stage(stageName).id, {}, {}, {}, {}}));
            if (!moved)
                qFatal("moveLeads: %s", qPrintable(moved.error().message));
        }
        return created->id;
    }

    Lead dbLead(qint64 id)
    {
        auto lead = await(m_backend->leads().lead(Principal::owner(), id));
        if (!lead)
            qFatal("lead: %s", qPrintable(lead.error().message));
        return *lead;
    }

    int stageChanges(qint64 id)
    {
        auto timeline = await(m_backend->leads().timeline(Principal::owner(), id));
        int count = 0;
        for (const TimelineEntry &entry : *timeline)
            count += entry.type == TimelineEntry::Type::StageChange ? 1 : 0;
        return count;
    }

    QModelIndex indexOf(StageColumn *c, qint64 leadId)
    {
        const int row = c->model()->rowOfLead(leadId);
        return row < 0 ? QModelIndex() : c->model()->index(row);
    }

    void select(StageColumn *c, qint64 leadId)
    {
        const QModelIndex index = indexOf(c, leadId);
        QVERIFY(index.isValid());
        c->view()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
        c->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }

    LeadDragPayload payloadOf(StageColumn *c, const QList<qint64> &ids)
    {
        QModelIndexList indexes;
        for (qint64 id : ids)
            indexes.append(indexOf(c, id));
        std::unique_ptr<QMimeData> data(c->model()->mimeData(indexes));
        return data ? LeadDragPayload::fromMimeData(data.get()).value_or(LeadDragPayload {}) : LeadDragPayload {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_english = std::make_unique<Translations>(u"en"_s);
        QVERIFY(m_english->install());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Kind::SQLite);
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        QVERIFY(await(m_backend->open()).has_value());
        auto pipeline = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(pipeline.has_value());
        m_pipeline = *pipeline;
        const QList<User> users = BoardTestData::createUsers(*m_backend);
        QCOMPARE(BoardTestData::addLeads(*m_backend, m_pipeline, stage(u"New leads"_s), 250, users, m_now), 250);
        m_ready = createLead(u"MQL"_s,
            {{u"company"_s, u"Gotowa Sp. z o.o."_s}, {u"job_title"_s, u"CFO"_s}, {u"industry"_s, u"Logistics"_s},
                {u"employees"_s, u"120"_s}, {u"pains"_s, u"Manual invoicing"_s}, {u"value"_s, u"25 000,00"_s}});
        m_bare = createLead(u"MQL"_s, {{u"company"_s, u"Pusta S.A."_s}});

        m_board = std::make_unique<BoardView>();
        m_board->resize(1280, 760);
        m_board->setServices(&m_backend->leads(), &m_backend->notifier(), Principal::owner());
        m_board->mover()->setClock([this] { return m_now; });
        m_board->mover()->setLostReasons(*await(m_backend->pipelines().lostReasons(Principal::owner())));
        m_board->setPipeline(m_pipeline);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
        QTRY_VERIFY(m_board->hasTotals());
        QTRY_VERIFY(column(u"MQL"_s)->model()->containsLead(m_ready));
        QTRY_VERIFY(column(u"New leads"_s)->model()->isPageCached(0));
    }

    void cleanup()
    {
        m_board.reset();
        m_backend.reset();
        m_db.reset();
    }

    // A move that meets the gate shows at once, then lands in the database.
    // Each card shows how ready its lead is for the next stage (SQL's four fields here).
    void cardsShowTheirReadinessForTheNextStage()
    {
        StageColumn *mql = column(u"MQL"_s);
        QCOMPARE(indexOf(mql, m_ready).data(StageLeadModel::ReadinessRole).toString(), u"✓"_s);
        QCOMPARE(indexOf(mql, m_bare).data(StageLeadModel::ReadinessRole).toString(), u"0/4"_s);
        QVERIFY(indexOf(mql, m_bare).data(Qt::ToolTipRole).toString().contains(
            u"Ready for SQL: 0 of 4 — missing Role, Industry, Company size, Main pain"_s));
        // New leads' next stage asks for nothing: no badge.
        QVERIFY(column(u"New leads"_s)->model()->index(0).data(StageLeadModel::ReadinessRole).toString().isEmpty());
    }

    void anAllowedMoveShowsAtOnceAndPersists()
    {
        StageColumn *mql = column(u"MQL"_s);
        StageColumn *sql = column(u"SQL"_s);
        QAbstractItemModelTester mqlTester(mql->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sqlTester(sql->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(mover(), &LeadMover::movesFinished);

        const DropHint hint = mover()->adviseDrop(payloadOf(mql, {m_ready}), stage(u"SQL"_s));
        QCOMPARE(hint.kind, DropHint::Kind::Allowed);
        QCOMPARE(hint.text, u"Move 1 lead here"_s);

        mover()->requestMove({m_ready}, stage(u"SQL"_s).id);
        // Before the services answer: gone from MQL, waiting on top of SQL, headers follow.
        QCOMPARE(mql->model()->rowCount(), 1);
        QCOMPARE(sql->model()->rowCount(), 1);
        QCOMPARE(sql->model()->index(0).data(StageLeadModel::LeadIdRole).toLongLong(), m_ready);
        QCOMPARE(sql->model()->index(0).data(StageLeadModel::PendingRole).toBool(), true);
        QCOMPARE(sql->header()->totals().count, 1);
        QCOMPARE(sql->header()->totals().valueMinor, 2500000);
        QCOMPARE(mql->header()->totals().count, 1);

        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(dbLead(m_ready).stageId, stage(u"SQL"_s).id);
        // After the refresh the rows are the server's again, and only once.
        QTRY_VERIFY(!sql->model()->isReloading() && sql->model()->index(0).data(StageLeadModel::PendingRole) == false);
        QTRY_COMPARE(sql->model()->rowCount(), 1);
        QCOMPARE(sql->header()->totals().count, 1);
        QCOMPARE(mql->model()->rowCount(), 1);
        QCOMPARE(mover()->undoStack()->count(), 1);
        QCOMPARE(mover()->undoStack()->undoText(), u"Move 1 lead to “SQL”"_s);
    }

    // The gate is checked before writing: a drop on SQL of a lead without the SQL
    // fields opens its card with exactly those fields; cancelling leaves it in place.
    void aGatedDropAsksForExactlyTheMissingFields()
    {
        StageColumn *mql = column(u"MQL"_s);
        const DropHint hint = mover()->adviseDrop(payloadOf(mql, {m_bare}), stage(u"SQL"_s));
        QCOMPARE(hint.kind, DropHint::Kind::Asks);
        QVERIFY2(hint.text.startsWith(u"Needs: Role, Industry, Company size, Main pain"_s), qPrintable(hint.text));

        const int changesBefore = stageChanges(m_bare);
        mover()->requestMove({m_bare}, stage(u"SQL"_s).id);
        QTRY_VERIFY(mover()->openDialog());
        CompleteToMoveDialog *dialog = mover()->openDialog();
        const QStringList keys = dialog->fieldKeys();
        QCOMPARE(keys.size(), 4);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
            (QSet<QString> {u"job_title"_s, u"industry"_s, u"employees"_s, u"pains"_s}));
        auto *reason = dialog->findChild<QLabel *>(u"reason_industry"_s);
        QVERIFY(reason);
        QCOMPARE(reason->text(), u"Required from stage “SQL”"_s);
        // Nothing moved meanwhile.
        QCOMPARE(mql->model()->rowCount(), 2);
        dialog->reject();
        QTRY_VERIFY(!mover()->openDialog());
        QCOMPARE(dbLead(m_bare).stageId, stage(u"MQL"_s).id);
        QCOMPARE(stageChanges(m_bare), changesBefore);
        QCOMPARE(mover()->undoStack()->count(), 0);
    }

    // Saving the form sends the values with the move in one call: a bad value keeps the
    // form open with the reason beside the field and writes nothing; a good one moves.
    void completingTheFormMovesWithTheValues()
    {
        mover()->requestMove({m_bare}, stage(u"SQL"_s).id);
        QTRY_VERIFY(mover()->openDialog());
        CompleteToMoveDialog *dialog = mover()->openDialog();
        dialog->editor(u"job_title"_s)->setText(u"Head of Sales"_s);
        dialog->editor(u"industry"_s)->setText(u"Retail"_s);
        dialog->editor(u"employees"_s)->setText(u"a lot"_s);
        dialog->editor(u"pains"_s)->setText(u"Leads lost in e-mail"_s);
        QSignalSpy finished(mover(), &LeadMover::movesFinished);
        emit dialog->submitted(dialog->values());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(mover()->openDialog() == dialog);
        auto *employeesError = dialog->findChild<QLabel *>(u"error_employees"_s);
        QVERIFY(employeesError);
        QVERIFY2(!employeesError->isHidden(), qPrintable(dialog->errorText()));
        // All or nothing: not even the valid fields were saved.
        Lead unchanged = dbLead(m_bare);
        QCOMPARE(unchanged.stageId, stage(u"MQL"_s).id);
        QVERIFY(!unchanged.isFilled(u"job_title"_s));

        dialog->editor(u"employees"_s)->setText(u"45"_s);
        emit dialog->submitted(dialog->values());
        QTRY_COMPARE(finished.size(), 2);
        QTRY_VERIFY(!mover()->openDialog());
        const Lead moved = dbLead(m_bare);
        QCOMPARE(moved.stageId, stage(u"SQL"_s).id);
        QCOMPARE(moved.value(u"employees"_s).toInt(), 45);
        QCOMPARE(moved.value(u"job_title"_s).toString(), u"Head of Sales"_s);
        QTRY_COMPARE(column(u"SQL"_s)->model()->rowCount(), 1);
        QCOMPARE(mover()->undoStack()->count(), 1);
    }

    // The services have the last word: a card whose shown copy is stale passes the
    // board's check, moves at once, is refused, and only that card goes back with the reason.
    void aRefusedMoveSendsBackOnlyItsCardWithTheReason()
    {
        const qint64 other = createLead(u"MQL"_s,
            {{u"company"_s, u"Druga Sp. z o.o."_s}, {u"job_title"_s, u"CEO"_s}, {u"industry"_s, u"IT"_s},
                {u"employees"_s, u"10"_s}, {u"pains"_s, u"No CRM"_s}});
        StageColumn *mql = column(u"MQL"_s);
        QTRY_VERIFY(mql->model()->containsLead(other));
        // Someone else clears the industry; the board still shows it filled.
        {
            const QSignalBlocker quiet(&m_backend->notifier());
            auto edited = await(m_backend->leads().updateLead(Principal::owner(), LeadEdit {m_ready, 0, {{u"industry"_s, QString()}}, {}}));
            QVERIFY2(edited.has_value(), qPrintable(edited ? QString() : edited.error().message));
        }
        QVERIFY(mql->model()->cachedLead(m_ready)->isFilled(u"industry"_s));

        QAbstractItemModelTester tester(mql->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        select(mql, m_ready);
        mql->view()->selectionModel()->select(indexOf(mql, other), QItemSelectionModel::Select);
        QSignalSpy finished(mover(), &LeadMover::movesFinished);
        mover()->requestMove(mql->view()->selectedLeadIds(), stage(u"SQL"_s).id);
        QCOMPARE(mql->model()->rowCount(), 1); // both left at once
        QCOMPARE(column(u"SQL"_s)->model()->rowCount(), 2);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 1);
        const QStringList refusals = finished.first().at(1).toStringList();
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().contains(u"Industry"_s), qPrintable(refusals.first()));

        QCOMPARE(dbLead(m_ready).stageId, stage(u"MQL"_s).id);
        QCOMPARE(dbLead(other).stageId, stage(u"SQL"_s).id);
        QTRY_COMPARE(mql->model()->rowCount(), 2);
        const QModelIndex back = indexOf(mql, m_ready);
        QVERIFY(back.isValid());
        QVERIFY2(back.data(StageLeadModel::NoticeRole).toString().contains(u"missing Industry"_s),
            qPrintable(back.data(StageLeadModel::NoticeRole).toString()));
        QTRY_COMPARE(column(u"SQL"_s)->model()->rowCount(), 1);
        QCOMPARE(mover()->undoStack()->count(), 1);
        QCOMPARE(mover()->undoStack()->undoText(), u"Move 1 lead to “SQL”"_s);
    }

    // Undo writes a new stage change back, redo another one forward: history grows.
    void undoAndRedoAreNewStageChanges()
    {
        QSignalSpy finished(mover(), &LeadMover::movesFinished);
        const int before = stageChanges(m_ready);
        mover()->requestMove({m_ready}, stage(u"SQL"_s).id);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(stageChanges(m_ready), before + 1);

        mover()->undoStack()->undo();
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(dbLead(m_ready).stageId, stage(u"MQL"_s).id);
        QCOMPARE(stageChanges(m_ready), before + 2);
        QTRY_VERIFY(column(u"MQL"_s)->model()->containsLead(m_ready));
        QCOMPARE(mover()->undoStack()->count(), 1); // undo did not push another command

        mover()->undoStack()->redo();
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(dbLead(m_ready).stageId, stage(u"SQL"_s).id);
        QCOMPARE(stageChanges(m_ready), before + 3);
        QTRY_VERIFY(column(u"SQL"_s)->model()->containsLead(m_ready));
    }

    // Lost asks for the reason code; undo brings the lead back to work.
    void aLostDropAsksForTheReason()
    {
        const DropHint hint = mover()->adviseDrop(payloadOf(column(u"MQL"_s), {m_ready}), stage(u"Lost"_s));
        QCOMPARE(hint.kind, DropHint::Kind::Asks);
        QVERIFY2(hint.text.contains(u"reason"_s), qPrintable(hint.text));
        mover()->requestMove({m_ready}, stage(u"Lost"_s).id);
        QTRY_VERIFY(mover()->openDialog());
        CompleteToMoveDialog *dialog = mover()->openDialog();
        QCOMPARE(dialog->fieldKeys(), QStringList {u"lost_reason"_s});
        auto *combo = dialog->editor(u"lost_reason"_s)->findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 7); // "choose" and the six reasons
        combo->setCurrentIndex(combo->findData(u"competition"_s));
        // The comment goes with the reason, into the lead's history.
        QVERIFY(dialog->comment());
        dialog->comment()->setPlainText(u"Wybrali tańszego dostawcę"_s);
        QSignalSpy finished(mover(), &LeadMover::movesFinished);
        emit dialog->submitted(dialog->values());
        QTRY_COMPARE(finished.size(), 1);
        const Lead lost = dbLead(m_ready);
        QCOMPARE(lost.stageId, stage(u"Lost"_s).id);
        QCOMPARE(lost.value(u"lost_reason"_s).toString(), u"competition"_s);
        const auto timeline = await(m_backend->leads().timeline(Principal::owner(), m_ready));
        QVERIFY(std::any_of(timeline->begin(), timeline->end(), [](const TimelineEntry &e) {
            return e.type == TimelineEntry::Type::StageChange && e.toStage == u"Lost"_s && e.note == u"Wybrali tańszego dostawcę"_s;
        }));
        QTRY_COMPARE(m_board->closedTiles().at(1)->totals().count, 1);

        mover()->undoStack()->undo();
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(dbLead(m_ready).stageId, stage(u"MQL"_s).id);
    }

    // Won asks for a confirmation first; declining writes nothing.
    void aWonDropAsksForConfirmation()
    {
        mover()->requestMove({m_ready}, stage(u"Won"_s).id);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_board->findChild<QMessageBox *>(u"confirmWonBox"_s)) != nullptr);
        box->reject();
        QTest::qWait(50);
        QCOMPARE(dbLead(m_ready).stageId, stage(u"MQL"_s).id);

        QSignalSpy finished(mover(), &LeadMover::movesFinished);
        mover()->requestMove({m_ready}, stage(u"Won"_s).id);
        QTRY_VERIFY((box = m_board->findChild<QMessageBox *>(u"confirmWonBox"_s)) != nullptr);
        QPushButton *yes = nullptr;
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                yes = qobject_cast<QPushButton *>(button);
        QVERIFY(yes);
        yes->click();
        QTRY_COMPARE(finished.size(), 1);
        const Lead won = dbLead(m_ready);
        QCOMPARE(won.stageId, stage(u"Won"_s).id);
        QVERIFY(won.customerId > 0);
    }

    // Ctrl+Shift+Right moves the selected cards one column on; Left/Right walk columns.
    void keyboardMovesTheSelection()
    {
        StageColumn *mql = column(u"MQL"_s);
        select(mql, m_ready);
        mql->view()->setFocus();
        QSignalSpy finished(mover(), &LeadMover::movesFinished);
        QTest::keyClick(mql->view(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(dbLead(m_ready).stageId, stage(u"SQL"_s).id);

        QTest::keyClick(mql->view(), Qt::Key_Right);
        QTRY_VERIFY(column(u"SQL"_s)->view()->hasFocus());
        QTest::keyClick(column(u"SQL"_s)->view(), Qt::Key_Left);
        QTRY_VERIFY(mql->view()->hasFocus());
    }

    // "Move to…" lists every other stage and moves through the same path.
    void theMoveMenuOffersEveryOtherStage()
    {
        StageColumn *mql = column(u"MQL"_s);
        select(mql, m_ready);
        std::unique_ptr<QMenu> menu(m_board->createMoveMenu(mql, nullptr));
        QStringList names;
        QAction *followUp = nullptr;
        for (QAction *action : menu->actions()) {
            names.append(action->text());
            if (action->data().toLongLong() == stage(u"Follow-up"_s).id)
                followUp = action;
        }
        QCOMPARE(names, (QStringList {u"New leads"_s, u"Qualification"_s, u"SQL"_s, u"Follow-up"_s, u"Opportunity"_s,
                            u"Won…"_s, u"Lost…"_s}));
        QVERIFY(followUp);
        QSignalSpy finished(mover(), &LeadMover::movesFinished);
        followUp->trigger();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(dbLead(m_ready).stageId, stage(u"Follow-up"_s).id);
        // Nothing selected: nothing to move.
        mql->view()->clearSelection();
        std::unique_ptr<QMenu> empty(m_board->createMoveMenu(mql, nullptr));
        QVERIFY(!empty->actions().isEmpty());
        QVERIFY(!empty->actions().first()->isEnabled());
    }

    // A refresh swaps the pages in at once: selection stays on the same leads by id
    // and the scroll position stays, even when a lead above is removed.
    void aRefreshKeepsSelectionAndScrollPosition()
    {
        StageColumn *newLeads = column(u"New leads"_s);
        QAbstractItemModelTester tester(newLeads->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        newLeads->view()->scrollTo(newLeads->model()->index(120), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY(newLeads->model()->isPageCached(1));
        const int scroll = newLeads->view()->verticalScrollBar()->value();
        const qint64 selected = newLeads->model()->index(125).data(StageLeadModel::LeadIdRole).toLongLong();
        QVERIFY(selected > 0);
        select(newLeads, selected);
        // Another client moves the first lead away.
        const qint64 first = newLeads->model()->index(0).data(StageLeadModel::LeadIdRole).toLongLong();
        QSignalSpy reloaded(newLeads->model(), &StageLeadModel::reloaded);
        QSignalSpy resets(newLeads->model(), &QAbstractItemModel::modelReset);
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest {{first}, stage(u"Qualification"_s).id, {}, {}, {}, {}}));
        QVERIFY(moved.has_value());
        QTRY_COMPARE(reloaded.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(newLeads->model()->rowCount(), 249);
        const QModelIndexList selectedRows = newLeads->view()->selectionModel()->selectedRows();
        QCOMPARE(selectedRows.size(), 1);
        QCOMPARE(selectedRows.first().data(StageLeadModel::LeadIdRole).toLongLong(), selected);
        QCOMPARE(selectedRows.first().row(), 124);
        QCOMPARE(newLeads->view()->verticalScrollBar()->value(), scroll);
    }

    // A screen reader hears the column ("MQL, 2 leads") and each card's company,
    // contact, value, owner and days; the drop hint is said as the column's description.
    void columnsAndCardsHaveAccessibleNames()
    {
        StageColumn *mql = column(u"MQL"_s);
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(mql->view());
        QVERIFY(list);
        QCOMPARE(list->text(QAccessible::Name), u"MQL, 2 leads"_s);
        QVERIFY(list->childCount() >= 2);
        QStringList names;
        for (int i = 0; i < list->childCount(); ++i)
            names.append(list->child(i)->text(QAccessible::Name));
        const QString ready = names.filter(u"Gotowa"_s).value(0);
        QVERIFY2(ready.contains(u"Deal value: PLN"_s) && ready.contains(u"25,000"_s), qPrintable(ready));
        QVERIFY2(ready.contains(u"day"_s), qPrintable(ready));
    }

    // A card shows its next open task's due date, red once it is overdue.
    void cardsShowTheNextTaskDue()
    {
        StageColumn *mql = column(u"MQL"_s);
        QCOMPARE(indexOf(mql, m_ready).data(StageLeadModel::NextTaskDueRole).toDateTime(), QDateTime());
        const QDateTime later = m_now.addDays(3);
        const QDateTime earlier = m_now.addDays(-1);
        QVERIFY(await(m_backend->leads().createTask(Principal::owner(), NewTask {m_ready, u"Send the offer"_s, later, {}, {}})).has_value());
        QTRY_COMPARE(indexOf(mql, m_ready).data(StageLeadModel::NextTaskDueRole).toDateTime(), later);
        QCOMPARE(indexOf(mql, m_ready).data(StageLeadModel::TaskOverdueRole).toBool(), false);
        auto overdue = await(m_backend->leads().createTask(Principal::owner(), NewTask {m_ready, u"Call back"_s, earlier, {}, {}}));
        QVERIFY(overdue.has_value());
        QTRY_COMPARE(indexOf(mql, m_ready).data(StageLeadModel::NextTaskDueRole).toDateTime(), earlier);
        QCOMPARE(indexOf(mql, m_ready).data(StageLeadModel::TaskOverdueRole).toBool(), true);
        QVERIFY(indexOf(mql, m_ready).data(Qt::ToolTipRole).toString().contains(u"Next task overdue since"_s));
        // Done: the next one counts again.
        QVERIFY(await(m_backend->leads().completeTask(Principal::owner(), overdue->id)).has_value());
        QTRY_COMPARE(indexOf(mql, m_ready).data(StageLeadModel::NextTaskDueRole).toDateTime(), later);
    }

    // Another process moves a lead (here a second backend on the same file, as
    // lejek-cli would): the board shows it within two seconds and keeps the user's
    // selection on the same lead and the column's scroll position.
    void aChangeMadeElsewhereShowsWithinTwoSeconds()
    {
        StageColumn *newLeads = column(u"New leads"_s);
        newLeads->view()->scrollTo(newLeads->model()->index(120), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY(newLeads->model()->isPageCached(1));
        const int scroll = newLeads->view()->verticalScrollBar()->value();
        const qint64 selected = newLeads->model()->index(125).data(StageLeadModel::LeadIdRole).toLongLong();
        select(newLeads, selected);
        const qint64 moving = newLeads->model()->index(0).data(StageLeadModel::LeadIdRole).toLongLong();

        LocalBackend elsewhere(m_db->settings());
        QVERIFY(await(elsewhere.open()).has_value());
        auto moved = await(elsewhere.leads().moveLeads(Principal::owner(), MoveRequest {{moving}, stage(u"Qualification"_s).id, {}, {}, {}, {}}));
        QVERIFY(moved.has_value());

        QTRY_VERIFY_WITH_TIMEOUT(column(u"Qualification"_s)->model()->containsLead(moving), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(newLeads->model()->rowCount(), 249, 2000);
        const QModelIndexList rows = newLeads->view()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(StageLeadModel::LeadIdRole).toLongLong(), selected);
        QCOMPARE(newLeads->view()->verticalScrollBar()->value(), scroll);
    }
};

QTEST_MAIN(TestLeadMover)
#include "tst_leadmover.moc"
