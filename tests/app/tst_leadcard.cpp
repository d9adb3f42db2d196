// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lead card over a real SQLite database: fields checked as they are typed with the
// services' own rules, Save disabled with the reasons shown, a save and a move through
// the gate from the card, the readiness line, a lead changed elsewhere refreshing an
// unedited card, and a long timeline paged in as the view scrolls. What the card saved
// is read back from the database.
#include "Await.h"
#include "LocalBackend.h"
#include "TestDatabase.h"
#include "application/Translations.h"
#include "card/ActivityDialog.h"
#include "card/ConflictDialog.h"
#include "card/LeadCardFields.h"
#include "card/LeadCardPanel.h"
#include "card/LeadTasksBox.h"
#include "card/MergeDialog.h"
#include "card/SameLeadBar.h"
#include "card/TaskDialog.h"
#include "card/StagePath.h"
#include "card/TimelineModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestLeadCard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Translations> m_english;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<LeadCardPanel> m_card;
    Pipeline m_pipeline;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    qint64 m_lead = 0; // in MQL, with a company, a person and a role

    const Stage &stage(const QString &name) const { return *m_pipeline.stageByName(name); }
    Lead dbLead(qint64 id) { return *await(m_backend->leads().lead(Principal::owner(), id)); }
    QLineEdit *line(const QString &key) const { return qobject_cast<QLineEdit *>(m_card->fields()->editor(key)); }
    void type(const QString &key, const QString &text)
    {
        QLineEdit *edit = line(key);
        QVERIFY2(edit, qPrintable(key));
        edit->selectAll();
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(edit, text);
        else // QTest types ASCII only
            edit->insert(text);
        QCOMPARE(edit->text(), text);
    }
    bool open(qint64 id)
    {
        QSignalSpy loaded(m_card.get(), &LeadCardPanel::loaded);
        m_card->showLead(id);
        return loaded.wait(5000) && QTest::qWaitFor([&] { return m_card->timeline()->pagesLoaded() > 0; }, 5000);
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
        auto created = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, u"MQL"_s,
            {{u"company"_s, u"Fabryka Okien Sp. z o.o."_s}, {u"first_name"_s, u"Anna"_s}, {u"job_title"_s, u"CFO"_s}}, {}}));
        QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().message));
        m_lead = created->id;
        m_card = std::make_unique<LeadCardPanel>();
        m_card->resize(460, 900);
        m_card->setServices(&m_backend->leads(), &m_backend->pipelines(), m_backend->leads().notifier(), Principal::owner());
        m_card->setPipelines({m_pipeline});
        m_card->show();
        QVERIFY(open(m_lead));
    }

    void cleanup()
    {
        m_card.reset();
        m_backend.reset();
        m_db.reset();
    }

    void showsTheContextPackageAndTheNextStage()
    {
        QCOMPARE(line(u"company"_s)->text(), u"Fabryka Okien Sp. z o.o."_s);
        QCOMPARE(line(u"job_title"_s)->text(), u"CFO"_s);
        QCOMPARE(m_card->stagePath()->currentStageId(), stage(u"MQL"_s).id);
        QCOMPARE(m_card->readinessText(), u"Ready for SQL: 1 of 4 — missing Industry, Company size, Main pain"_s);
        QVERIFY2(m_card->guidanceText().startsWith(u"The lead took a defined action"_s), qPrintable(m_card->guidanceText()));
        QVERIFY2(m_card->guidanceText().contains(u"SQL needs: Role, Industry, Company size, Main pain."_s), qPrintable(m_card->guidanceText()));
        QVERIFY(!m_card->saveButton()->isEnabled()); // nothing edited yet
    }

    // Each rule's message sits under its field, and Save waits until all are fixed.
    void validatesAsYouTypeWithTheServicesRules()
    {
        type(u"email"_s, u"anna(at)okna.pl"_s);
        QVERIFY2(m_card->fields()->errorText(u"email"_s).contains(u"not a valid e-mail address"_s), qPrintable(m_card->fields()->errorText(u"email"_s)));
        QVERIFY(!m_card->saveButton()->isEnabled());
        QVERIFY2(m_card->problemsText().contains(u"E-mail is not a valid e-mail address"_s), qPrintable(m_card->problemsText()));

        type(u"nip"_s, u"526-000-12-47"_s); // wrong check digit
        QVERIFY(m_card->fields()->errorText(u"nip"_s).contains(u"check digit"_s));
        type(u"website"_s, u"not a site"_s);
        QVERIFY(m_card->fields()->errorText(u"website"_s).contains(u"web address"_s));
        type(u"budget"_s, u"12,5,0"_s);
        QVERIFY(m_card->fields()->errorText(u"budget"_s).contains(u"amount"_s));
        type(u"decision_date"_s, u"31.02.2027"_s);
        QVERIFY(m_card->fields()->errorText(u"decision_date"_s).contains(u"not a date"_s));
        type(u"phone"_s, u"12"_s);
        QVERIFY(!m_card->fields()->errorText(u"phone"_s).isEmpty());
        QVERIFY(!m_card->saveButton()->isEnabled());

        type(u"email"_s, u"Anna@Okna.pl"_s);
        type(u"nip"_s, u"526-000-12-46"_s);
        type(u"website"_s, u"okna.pl"_s);
        type(u"budget"_s, u"120 000.50"_s);
        type(u"decision_date"_s, u"30.06.2027"_s);
        type(u"phone"_s, u"601 234 567"_s);
        for (const QString &key : {u"email"_s, u"nip"_s, u"website"_s, u"budget"_s, u"decision_date"_s, u"phone"_s})
            QVERIFY2(m_card->fields()->errorText(key).isEmpty(), qPrintable(key + u": "_s + m_card->fields()->errorText(key)));
        QVERIFY(m_card->problemsText().isEmpty());
        QVERIFY(m_card->saveButton()->isEnabled());

        QSignalSpy saved(m_card.get(), &LeadCardPanel::saved);
        QTest::mouseClick(m_card->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        const Lead lead = dbLead(m_lead);
        QCOMPARE(lead.value(u"email"_s).toString(), u"anna@okna.pl"_s);
        QCOMPARE(lead.value(u"nip"_s).toString(), u"5260001246"_s);
        QCOMPARE(lead.value(u"budget"_s).toLongLong(), 12000050);
        QCOMPARE(lead.value(u"decision_date"_s).toDate(), QDate(2027, 6, 30));
        QVERIFY(!m_card->saveButton()->isEnabled()); // the card shows what was saved
        QCOMPARE(line(u"budget"_s)->text(), u"120000.50"_s);
    }

    void aLeadNeedsSomethingToBeCalledBy()
    {
        line(u"company"_s)->clear();
        qobject_cast<QLineEdit *>(m_card->fields()->editor(u"first_name"_s))->clear();
        QVERIFY(m_card->fields()->errorText(u"company"_s).contains(u"a lead needs a company"_s));
        QVERIFY(!m_card->saveButton()->isEnabled());
    }

    // The readiness line follows the fields as they are typed.
    void readinessFollowsTheEdits()
    {
        type(u"industry"_s, u"Manufacturing"_s);
        type(u"employees"_s, u"250"_s);
        QCOMPARE(m_card->readinessText(), u"Ready for SQL: 3 of 4 — missing Main pain"_s);
        auto *pains = qobject_cast<QPlainTextEdit *>(m_card->fields()->editor(u"pains"_s));
        QTest::keyClicks(pains, u"Manual invoicing"_s);
        QCOMPARE(m_card->readinessText(), u"Ready for SQL: 4 of 4"_s);
    }

    // A move from the card goes through the gate: refused with the fields named, then
    // carried out with the values typed, in one call.
    void aMoveFromTheCardGoesThroughTheGate()
    {
        m_card->stagePath()->stageClicked(stage(u"SQL"_s).id);
        QCOMPARE(m_card->saveButton()->text(), u"Save and move"_s);
        QSignalSpy failed(m_card.get(), &LeadCardPanel::failed);
        m_card->save();
        QVERIFY(failed.wait(5000));
        QVERIFY2(m_card->fields()->errorText(u"industry"_s).contains(u"required to enter SQL"_s), qPrintable(m_card->fields()->errorText(u"industry"_s)));
        QVERIFY(!m_card->fields()->errorText(u"pains"_s).isEmpty());
        QCOMPARE(dbLead(m_lead).stageId, stage(u"MQL"_s).id);

        type(u"industry"_s, u"Manufacturing"_s);
        type(u"employees"_s, u"250"_s);
        QTest::keyClicks(qobject_cast<QPlainTextEdit *>(m_card->fields()->editor(u"pains"_s)), u"Manual invoicing"_s);
        QSignalSpy saved(m_card.get(), &LeadCardPanel::saved);
        m_card->save();
        QVERIFY(saved.wait(5000));
        const Lead lead = dbLead(m_lead);
        QCOMPARE(lead.stageId, stage(u"SQL"_s).id);
        QCOMPARE(lead.value(u"industry"_s).toString(), u"Manufacturing"_s);
        QCOMPARE(m_card->stagePath()->currentStageId(), stage(u"SQL"_s).id);
        QVERIFY(m_card->readinessText().startsWith(u"Ready for Opportunity"_s));
    }

    void anUneditedCardRefreshesWhenTheLeadChangesElsewhere()
    {
        QSignalSpy loaded(m_card.get(), &LeadCardPanel::loaded);
        auto edited = await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{m_lead, 0, {{u"city"_s, u"Poznań"_s}}, {}}));
        QVERIFY(edited.has_value());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(line(u"city"_s)->text(), u"Poznań"_s);
        QVERIFY(!m_card->saveButton()->isEnabled());
    }

    // Both changed the city: the dialog shows theirs and yours, and the choice is saved
    // on top of their version; their other changes and the user's other edits both stay.
    void aConflictIsResolvedFieldByField_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("keep theirs") << false;
    }
    void aConflictIsResolvedFieldByField()
    {
        QFETCH(bool, keepMine);
        type(u"city"_s, u"Gdańsk"_s);
        type(u"industry"_s, u"Retail"_s);
        auto theirs = await(m_backend->leads().updateLead(Principal::owner(),
            LeadEdit{m_lead, 0, {{u"city"_s, u"Poznań"_s}, {u"next_step"_s, u"Demo on Monday"_s}}, {}}));
        QVERIFY(theirs.has_value());
        QCOMPARE(line(u"city"_s)->text(), u"Gdańsk"_s); // an edited card is not refreshed under the user
        m_card->save();
        ConflictDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = m_card->findChild<ConflictDialog *>()) != nullptr; }, 5000));
        QCOMPARE(dialog->keepYours().keys(), QStringList{u"city"_s}); // industry and next step do not clash
        QCOMPARE(dialog->keepYours().value(u"city"_s), false);         // theirs unless the user says so
        QVERIFY(dialog->findChild<QWidget *>(u"theirs_city"_s));
        dialog->choose(u"city"_s, keepMine);
        QSignalSpy saved(m_card.get(), &LeadCardPanel::saved);
        dialog->accept();
        QVERIFY(saved.wait(5000));
        const Lead lead = dbLead(m_lead);
        QCOMPARE(lead.value(u"city"_s).toString(), keepMine ? u"Gdańsk"_s : u"Poznań"_s);
        QCOMPARE(lead.value(u"industry"_s).toString(), u"Retail"_s);
        QCOMPARE(lead.value(u"next_step"_s).toString(), u"Demo on Monday"_s);
        QCOMPARE(lead.version, theirs->version + 1);
    }

    // Someone moved the lead meanwhile; the user changed a field only: the retry keeps
    // their move (the card does not put the old stage back), and reopening the lead
    // being edited keeps the edits.
    void aRetryKeepsAStageMoveMadeMeanwhile()
    {
        type(u"industry"_s, u"Retail"_s);
        m_card->showLead(m_lead); // Enter on its board card again
        QCOMPARE(line(u"industry"_s)->text(), u"Retail"_s);
        auto moved = await(m_backend->leads().moveLeads(Principal::owner(), MoveRequest{{m_lead}, stage(u"Qualification"_s).id, {}, {}, {}, {}}));
        QVERIFY(moved.has_value());
        QSignalSpy saved(m_card.get(), &LeadCardPanel::saved);
        m_card->save();
        QVERIFY(saved.wait(5000));
        const Lead lead = dbLead(m_lead);
        QCOMPARE(lead.stageId, stage(u"Qualification"_s).id);
        QCOMPARE(lead.value(u"industry"_s).toString(), u"Retail"_s);
        QCOMPARE(m_card->stagePath()->currentStageId(), stage(u"Qualification"_s).id);
    }

    // A new lead with an existing lead's e-mail: Save names it first; Cancel writes
    // nothing, Create anyway writes it.
    void aNewLeadNamesItsDuplicateBeforeItIsWritten()
    {
        QVERIFY(await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{m_lead, 0, {{u"email"_s, u"anna@okna.pl"_s}}, {}})).has_value());
        m_card->showNewLead(m_pipeline.id);
        type(u"company"_s, u"Okna Anna"_s);
        type(u"email"_s, u"ANNA@okna.pl"_s);
        QCOMPARE(m_card->saveButton()->text(), u"Create lead"_s);
        m_card->save();
        QMessageBox *prompt = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (prompt = m_card->findChild<QMessageBox *>(u"duplicatePrompt"_s)) != nullptr; }, 5000));
        QVERIFY2(prompt->informativeText().contains(u"Fabryka Okien Sp. z o.o. (lead %1): the same e-mail, anna@okna.pl"_s.arg(m_lead)),
                 qPrintable(prompt->informativeText()));
        QSignalSpy opened(m_card.get(), &LeadCardPanel::openLeadRequested);
        QAbstractButton *open = nullptr;
        for (QAbstractButton *b : prompt->buttons())
            if (b->text() == u"Open lead %1"_s.arg(m_lead))
                open = b;
        QVERIFY(open);
        open->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), m_lead);
        QCOMPARE(await(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id))->at(0).count, 0); // nothing written in New leads

        m_card->save();
        QVERIFY(QTest::qWaitFor([&] { return (prompt = m_card->findChild<QMessageBox *>(u"duplicatePrompt"_s)) != nullptr && prompt->isVisible(); }, 5000));
        QSignalSpy saved(m_card.get(), &LeadCardPanel::saved);
        for (QAbstractButton *b : prompt->buttons())
            if (b->text() == u"Create anyway"_s)
                b->click();
        QVERIFY(saved.wait(5000));
        QVERIFY(m_card->leadId() != m_lead);
        QCOMPARE(dbLead(m_card->leadId()).value(u"email"_s).toString(), u"anna@okna.pl"_s);
    }

    void lostFromTheCardTakesAComment()
    {
        m_card->stagePath()->stageClicked(stage(u"Lost"_s).id);
        // Without a reason the services refuse the move on the field: no comment is asked for.
        QSignalSpy failed(m_card.get(), &LeadCardPanel::failed);
        m_card->save();
        QVERIFY(failed.wait(5000));
        QVERIFY(!m_card->findChild<QInputDialog *>(u"lostCommentPrompt"_s));
        QVERIFY2(!m_card->fields()->errorText(u"lost_reason"_s).isEmpty(), qPrintable(m_card->problemsText()));
        auto *reason = m_card->fields()->editor(u"lost_reason"_s);
        QVERIFY(reason);
        auto *combo = qobject_cast<QComboBox *>(reason);
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(u"timing"_s));
        m_card->save();
        QInputDialog *ask = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (ask = m_card->findChild<QInputDialog *>(u"lostCommentPrompt"_s)) && ask->isVisible(); }, 5000));
        QCOMPARE(dbLead(m_lead).stageId, stage(u"MQL"_s).id); // nothing written yet
        ask->setTextValue(u"Budżet dopiero w przyszłym roku"_s);
        QSignalSpy saved(m_card.get(), &LeadCardPanel::saved);
        ask->accept();
        QVERIFY(saved.wait(5000));
        QCOMPARE(dbLead(m_lead).stageId, stage(u"Lost"_s).id);
        QCOMPARE(dbLead(m_lead).value(u"lost_reason"_s).toString(), u"timing"_s);
        const auto timeline = await(m_backend->leads().timeline(Principal::owner(), m_lead));
        QVERIFY(std::any_of(timeline->begin(), timeline->end(), [](const TimelineEntry &e) {
            return e.type == TimelineEntry::Type::StageChange && e.toStage == u"Lost"_s && e.note == u"Budżet dopiero w przyszłym roku"_s;
        }));
    }

    void aPossibleDuplicateIsShownAndMergedFromTheCard()
    {
        // Another lead of the same company (its website), and the card's lead gets its
        // e-mail at that domain: the card says so.
        auto other = await(m_backend->leads().createLead(Principal::owner(), NewLead{m_pipeline.id, {},
            {{u"company"_s, u"Fabryka Okien"_s}, {u"website"_s, u"www.fabryka-okien.pl"_s}, {u"job_title"_s, u"Prezes"_s},
             {u"phone"_s, u"601 234 567"_s}}, {}}));
        QVERIFY(other.has_value());
        QVERIFY(await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{m_lead, 0, {{u"email"_s, u"anna@fabryka-okien.pl"_s}}, {}})));
        QVERIFY(open(m_lead));
        SameLeadBar *bar = m_card->sameLeadBar();
        QVERIFY(QTest::qWaitFor([&] { return bar->isVisible(); }, 5000));
        QCOMPARE(bar->text(), u"Possibly the same as Fabryka Okien (lead %1): the same web domain, fabryka-okien.pl"_s.arg(other->id));

        bar->startMerge();
        QVERIFY(QTest::qWaitFor([&] { return bar->mergeDialog() && bar->mergeDialog()->isVisible(); }, 5000));
        MergeDialog *dialog = bar->mergeDialog();
        // Only the company name and the role differ: the phone only the other one has.
        QCOMPARE(dialog->differingKeys(), (QStringList{u"company"_s, u"job_title"_s}));
        dialog->choose(u"company"_s, true); // the other lead's name
        QSignalSpy merged(bar, &SameLeadBar::merged);
        dialog->accept();
        QVERIFY(merged.wait(5000));
        QVERIFY(QTest::qWaitFor([&] { return line(u"company"_s)->text() == u"Fabryka Okien"_s; }, 5000));
        QCOMPARE(m_card->leadId(), m_lead);
        const Lead kept = dbLead(m_lead);
        QCOMPARE(kept.value(u"job_title"_s).toString(), u"CFO"_s);
        QCOMPARE(kept.value(u"phone"_s).toString(), u"+48601234567"_s);
        QVERIFY(QTest::qWaitFor([&] { return !bar->isVisible(); }, 5000)); // no duplicate left

        // The merged lead opens read-only, pointing to the one that stays.
        QVERIFY(open(other->id));
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"merged into lead %1"_s.arg(m_lead)), qPrintable(bar->text()));
        QVERIFY(!m_card->fields()->isEnabled());
        QSignalSpy openRequested(m_card.get(), &LeadCardPanel::openLeadRequested);
        auto *openButton = bar->findChild<QPushButton *>(u"openSameLead"_s);
        QVERIFY(openButton);
        openButton->click();
        QCOMPARE(openRequested.size(), 1);
        QCOMPARE(openRequested.first().first().toLongLong(), m_lead);
    }

    void editsOfOtherFieldsGoOnTopWithoutAsking()
    {
        type(u"industry"_s, u"Retail"_s);
        QVERIFY(await(m_backend->leads().updateLead(Principal::owner(), LeadEdit{m_lead, 0, {{u"city"_s, u"Poznań"_s}}, {}})).has_value());
        QSignalSpy saved(m_card.get(), &LeadCardPanel::saved);
        m_card->save();
        QVERIFY(saved.wait(5000));
        QVERIFY(!m_card->findChild<ConflictDialog *>());
        const Lead lead = dbLead(m_lead);
        QCOMPARE(lead.value(u"city"_s).toString(), u"Poznań"_s);
        QCOMPARE(lead.value(u"industry"_s).toString(), u"Retail"_s);
    }

    // A call logged from the card lands in the timeline with its outcome; a refused one
    // keeps the form open with the services' reason.
    void aCallIsLoggedFromTheCard()
    {
        ActivityDialog *dialog = m_card->logActivity(u"call"_s);
        QVERIFY(dialog);
        dialog->setOutcome(u"No answer"_s);
        dialog->setSubject(QString(300, u'x'));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttons"_s);
        buttons->button(QDialogButtonBox::Save)->click();
        auto *error = dialog->findChild<QLabel *>(u"error"_s);
        QVERIFY(QTest::qWaitFor([&] { return !error->text().isEmpty(); }, 5000));
        QVERIFY2(error->text().contains(u"too long"_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());

        dialog->setSubject(u"first call"_s);
        QCOMPARE(dialog->request().subject, u"No answer: first call"_s);
        QVERIFY(dialog->request().occurredAt.secsTo(QDateTime::currentDateTimeUtc()) < 120);
        QPointer<ActivityDialog> guard(dialog);
        buttons->button(QDialogButtonBox::Save)->click();
        QVERIFY(QTest::qWaitFor([&] { return guard.isNull(); }, 5000)); // closed once logged
        TimelineModel *model = m_card->timeline();
        QVERIFY(QTest::qWaitFor([&] {
            return model->rowCount() > 0 && model->data(model->index(0), TimelineModel::WhatRole).toString() == u"Call: No answer: first call"_s;
        }, 5000));
    }

    // Plan, reschedule and cancel a task from the card; each lands in the database and
    // the timeline.
    void tasksArePlannedAndClosedFromTheCard()
    {
        LeadTasksBox *box = m_card->tasks();
        QVERIFY(box->openTasks().isEmpty());
        TaskDialog *dialog = box->planTask();
        QVERIFY(dialog);
        dialog->setTitle(u"Send the offer"_s);
        const QDateTime due = QDateTime(QDate::currentDate().addDays(2), QTime(10, 0));
        dialog->setDue(due);
        Q_EMIT dialog->submitted();
        QVERIFY(QTest::qWaitFor([&] { return box->openTasks().size() == 1; }, 5000));
        QCOMPARE(box->openTasks().first().title, u"Send the offer"_s);
        QCOMPARE(box->openTasks().first().dueAt, due.toUTC());

        box->list()->setCurrentRow(0);
        const qint64 id = box->openTasks().first().id;
        box->cancelSelected();
        QVERIFY(QTest::qWaitFor([&] { return box->openTasks().isEmpty(); }, 5000));
        auto tasks = await(m_backend->leads().tasks(Principal::owner(), m_lead));
        QVERIFY(tasks.has_value() && tasks->size() == 1);
        QCOMPARE(tasks->first().id, id);
        QVERIFY(tasks->first().isCancelled());
        TimelineModel *model = m_card->timeline();
        QVERIFY(QTest::qWaitFor([&] {
            return model->rowCount() > 0 && model->data(model->index(0), TimelineModel::WhatRole).toString() == u"Task cancelled: Send the offer"_s;
        }, 5000));
        // An empty title is the services' to refuse: the form stays with the reason.
        TaskDialog *bad = box->planTask();
        Q_EMIT bad->submitted();
        QVERIFY(QTest::qWaitFor([&] { return !bad->findChild<QLabel *>(u"error"_s)->text().isEmpty(); }, 5000));
        QVERIFY(bad->findChild<QLabel *>(u"error"_s)->text().contains(u"title"_s));
    }

    void theTimelinePagesInAsItScrolls()
    {
        for (int i = 0; i < 120; ++i) {
            auto a = await(m_backend->leads().logActivity(Principal::owner(),
                NewActivity{m_lead, u"call"_s, u"Call %1"_s.arg(i), {}, m_now.addSecs(i), {}}));
            QVERIFY(a.has_value());
        }
        m_card->timeline()->setPageSize(50);
        m_card->timeline()->reload();
        TimelineModel *model = m_card->timeline();
        QVERIFY(QTest::qWaitFor([&] { return model->pagesLoaded() == 1; }, 5000));
        QCOMPARE(model->rowCount(), 50);
        QCOMPARE(model->data(model->index(0), TimelineModel::WhatRole).toString(), u"Call: Call 119"_s);
        QListView *view = m_card->timelineView();
        // Scroll to the end as a rep would, again until the view has laid the rows out
        // (before that its scroll bar has no range and a scroll asks for nothing).
        auto scrollToEndUntil = [&](int rows) {
            return QTest::qWaitFor([&] {
                view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
                return model->rowCount() >= rows;
            }, 5000);
        };
        QVERIFY(scrollToEndUntil(100));
        QVERIFY(model->rowCount() == 100 || model->rowCount() == 122); // a page at a time
        QVERIFY(scrollToEndUntil(122));
        QVERIFY(QTest::qWaitFor([&] { return !model->isLoading(); }, 5000));
        QCOMPARE(model->rowCount(), 122);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->pagesLoaded(), 3);
        QCOMPARE(model->data(model->index(121), TimelineModel::WhatRole).toString(), u"Entered MQL"_s);

        // The filter shows one kind, from the first page again.
        m_card->timeline()->setCategories({TimelineEntry::Category::Stage});
        QVERIFY(QTest::qWaitFor([&] { return model->pagesLoaded() == 1 && !model->isLoading(); }, 5000));
        QCOMPARE(model->rowCount(), 1);
    }
};

QTEST_MAIN(TestLeadCard)
#include "tst_leadcard.moc"
