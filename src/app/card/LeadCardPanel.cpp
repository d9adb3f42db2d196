// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadCardPanel.h"

#include "ActivityDialog.h"
#include "ChangeNotifier.h"
#include "ConflictDialog.h"
#include "DuplicatePrompt.h"
#include "application/FutureWatch.h"
#include "LeadCardFields.h"
#include "LeadFields.h"
#include "LeadService.h"
#include "LeadTasksBox.h"
#include "LeadTimelineBox.h"
#include "PipelineService.h"
#include "Readiness.h"
#include "SameLeadBar.h"
#include "StageGate.h"
#include "StagePath.h"
#include "TimelineDelegate.h"
#include "TimelineModel.h"
#include "ValueParser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

LeadCardPanel::LeadCardPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_sameLead(new SameLeadBar(this))
    , m_path(new StagePath(this))
    , m_guidance(new QLabel(this))
    , m_readiness(new QLabel(this))
    , m_fields(new LeadCardFields(this))
    , m_lower(new QTabWidget(this))
    , m_tasks(new LeadTasksBox(this))
    , m_timelineBox(new LeadTimelineBox(this))
    , m_timeline(m_timelineBox->model())
    , m_problems(new QLabel(this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_save(new QPushButton(tr("Save"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    for (QLabel *label : {m_guidance, m_readiness, m_problems}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_guidance->setObjectName(u"guidance"_s);
    m_readiness->setObjectName(u"readiness"_s);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setStyleSheet(u"color: #b3261e;"_s);
    m_guidance->setStyleSheet(u"QLabel { background: palette(alternate-base); border-left: 3px solid palette(highlight); padding: 4px 6px; }"_s);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The history and the follow-ups share the lower half; the tab names the tasks'
    // count and says when one is overdue.
    m_lower->addTab(m_timelineBox, tr("Timeline"));
    m_lower->addTab(m_tasks, tr("Tasks"));
    m_lower->setDocumentMode(true);
    connect(m_tasks, &LeadTasksBox::shown, this, [this](int open, int overdue) {
        m_lower->setTabText(1, overdue > 0 ? tr("Tasks (%1, %2 overdue)").arg(open).arg(overdue)
                                           : open > 0 ? tr("Tasks (%1)").arg(open) : tr("Tasks"));
    });
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problems, 1);
    buttons->addWidget(m_revert, 0, Qt::AlignTop);
    buttons->addWidget(m_save, 0, Qt::AlignTop);
    m_save->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_sameLead);
    layout->addWidget(m_path);
    layout->addWidget(m_guidance);
    layout->addWidget(m_readiness);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_fields, &LeadCardFields::edited, this, &LeadCardPanel::refreshState);
    connect(m_save, &QPushButton::clicked, this, &LeadCardPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &LeadCardPanel::revert);
    connect(m_path, &StagePath::stageClicked, this, [this](qint64 stageId) { m_fields->setFieldText(u"stage"_s, QString::number(stageId)); });
    connect(m_timelineBox, &LeadTimelineBox::logRequested, this, &LeadCardPanel::logActivity);
    connect(m_timeline, &TimelineModel::loadFailed, this, &LeadCardPanel::failed);
    connect(m_tasks, &LeadTasksBox::failed, this, &LeadCardPanel::failed);
    connect(m_sameLead, &SameLeadBar::failed, this, &LeadCardPanel::failed);
    connect(m_sameLead, &SameLeadBar::openLeadRequested, this, &LeadCardPanel::openLeadRequested);
    connect(m_sameLead, &SameLeadBar::merged, this, [this](const Lead &survivor) { showLead(survivor.id); });
    connect(m_tasks, &LeadTasksBox::changed, m_timeline, &TimelineModel::reload);
    auto *shortcut = new QShortcut(QKeySequence::Save, this, this, &LeadCardPanel::save, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(shortcut);
    clear();
}

void LeadCardPanel::clear()
{
    ++m_request;
    m_lead = {};
    m_timeline->setLead(0);
    m_tasks->setLead(0, 0);
    m_sameLead->clear();
    m_title->setText(tr("No lead open"));
    m_subtitle->setText(tr("Double-click a card on the board, or press Enter on it, to open it here."));
    m_path->hide();
    m_guidance->hide();
    m_readiness->hide();
    m_fields->setEnabled(false);
    m_timelineBox->setLogEnabled(false);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_problems->clear();
}

LeadCardPanel::~LeadCardPanel() = default;

void LeadCardPanel::setServices(LeadService *leads, PipelineService *pipelines, ChangeNotifier *notifier, const Principal &principal)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_leads = leads;
    m_pipelineService = pipelines;
    m_notifier = notifier;
    m_principal = principal;
    m_timeline->setSource(leads, principal);
    m_tasks->setServices(leads, principal);
    m_sameLead->setServices(leads, principal);
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::leadsChanged, this, &LeadCardPanel::onLeadsChanged);
    loadReferenceData();
}

void LeadCardPanel::setPipelines(const QList<Pipeline> &pipelines) { m_pipelines = pipelines; }

void LeadCardPanel::loadReferenceData()
{
    if (!m_pipelineService)
        return;
    FutureWatch::then(this, m_pipelineService->users(m_principal), [this](const Result<QList<User>> &users) {
        if (users)
            m_users = *users;
        m_tasks->setUsers(m_users);
        if (m_lead.id || m_lead.pipelineId)
            display(m_lead);
    });
    FutureWatch::then(this, m_pipelineService->lostReasons(m_principal), [this](const Result<QList<LostReason>> &reasons) {
        if (reasons)
            m_reasons = *reasons;
    });
}

const Pipeline *LeadCardPanel::pipeline() const
{
    for (const Pipeline &p : m_pipelines)
        if (p.id == m_lead.pipelineId)
            return &p;
    return nullptr;
}

void LeadCardPanel::showLead(qint64 leadId)
{
    if (!m_leads)
        return;
    if (leadId == m_lead.id && isEdited()) { // asked to show what the user is editing: keep the edits
        Q_EMIT loaded(leadId);
        return;
    }
    const quint64 request = ++m_request;
    FutureWatch::then(this, m_leads->lead(m_principal, leadId), [this, request, leadId](const Result<Lead> &lead) {
        if (request != m_request)
            return;
        if (!lead) {
            Q_EMIT failed(lead.error().message);
            return;
        }
        const bool other = lead->id != m_lead.id;
        if (!other && isEdited()) { // the user started typing meanwhile: theirs waits for Save
            m_changedElsewhere = m_changedElsewhere || lead->version != m_lead.version;
            refreshState();
            Q_EMIT loaded(leadId);
            return;
        }
        display(*lead);
        if (other)
            m_timeline->setLead(leadId);
        else
            m_timeline->reload();
        Q_EMIT loaded(leadId);
    });
}

void LeadCardPanel::showNewLead(qint64 pipelineId, qint64 stageId)
{
    ++m_request;
    Lead lead;
    lead.pipelineId = pipelineId;
    m_lead = lead;
    const Pipeline *p = pipeline();
    if (!p)
        return;
    const Stage *stage = stageId ? p->stage(stageId) : p->firstStage();
    lead.stageId = stage ? stage->id : 0;
    lead.values.insert(u"currency"_s, u"PLN"_s);
    display(lead);
    m_timeline->setLead(0);
    m_fields->editor(u"company"_s)->setFocus();
}

void LeadCardPanel::display(const Lead &lead)
{
    m_lead = lead;
    m_changedElsewhere = false;
    const Pipeline *p = pipeline();
    if (!p)
        return;
    m_tasks->setLead(lead.id, lead.ownerId);
    m_path->show();
    m_fields->setLead(*p, lead, m_users, m_reasons);
    m_sameLead->showLead(*p, lead);
    // A merged lead is kept as it was: read, never written.
    m_fields->setEnabled(!lead.mergedInto);
    m_timelineBox->setLogEnabled(lead.id != 0 && !lead.mergedInto);
    refreshState();
}

bool LeadCardPanel::isEdited() const
{
    return m_lead.id == 0 ? m_lead.pipelineId != 0 : m_fields->isEdited();
}

Lead LeadCardPanel::edited() const
{
    Lead lead = m_lead;
    const Pipeline *p = pipeline();
    if (!p)
        return lead;
    lead.stageId = m_fields->stageId();
    const FieldInput changes = m_fields->changes();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const auto field = p->field(it.key());
        if (!field)
            continue;
        if (auto value = ValueParser::parse(*field, it.value()))
            lead.values.insert(it.key(), *value);
    }
    return lead;
}

QListView *LeadCardPanel::timelineView() const { return m_timelineBox->view(); }

QString LeadCardPanel::readinessText() const { return m_readiness->isVisible() ? m_readiness->text() : QString(); }
QString LeadCardPanel::guidanceText() const { return m_guidance->isVisible() ? m_guidance->text() : QString(); }
QString LeadCardPanel::problemsText() const { return m_problems->text(); }

void LeadCardPanel::refreshState()
{
    const Pipeline *p = pipeline();
    if (!p)
        return;
    const Lead lead = edited();
    const QString name = lead.displayName();
    const QString title = m_lead.id == 0 ? tr("New lead") : name.isEmpty() ? tr("Lead %1").arg(m_lead.id) : name;
    m_title->setText(title);
    Q_EMIT titleChanged(title);
    QStringList subtitle{p->name};
    if (m_lead.id)
        subtitle.append(m_lead.ownerName.isEmpty() ? tr("no owner yet") : tr("owner: %1").arg(m_lead.ownerName));
    if (m_changedElsewhere)
        subtitle.append(tr("changed by someone else since you opened it"));
    m_subtitle->setText(subtitle.join(u" · "_s));
    m_path->setStages(*p, lead.stageId);

    const Stage *stage = p->stage(lead.stageId);
    const Readiness readiness = Readiness::of(*p, lead, QDate::currentDate());
    QString guidance = stage ? stage->guidanceText() : QString();
    if (readiness.next && !readiness.requiredKeys.isEmpty()) {
        QStringList labels;
        for (const QString &key : readiness.requiredKeys)
            labels.append(p->labelOf(key));
        const QString next = tr("%1 needs: %2.").arg(readiness.next->displayName(), labels.join(u", "_s));
        guidance = guidance.isEmpty() ? next : guidance + u"\n"_s + next;
    }
    m_guidance->setText(guidance);
    m_guidance->setVisible(!guidance.isEmpty());
    m_readiness->setText(readiness.summary(*p));
    m_readiness->setVisible(readiness.next != nullptr);
    m_fields->markRequired(readiness.missingKeys, readiness.next ? readiness.next->displayName() : QString());

    const QMap<QString, QString> problems = m_fields->problems();
    QStringList reasons;
    for (auto it = problems.begin(); it != problems.end(); ++it)
        reasons.append(tr("%1 %2").arg(p->labelOf(it.key()), it.value()));
    const bool edited = isEdited();
    m_problems->setText(reasons.isEmpty() ? QString() : tr("Cannot save yet: %1").arg(reasons.join(u"; "_s)));
    m_save->setEnabled(edited && reasons.isEmpty() && !m_busy);
    m_revert->setEnabled(edited && !m_busy && m_lead.id != 0);
    m_save->setText(m_lead.id == 0 ? tr("Create lead") : lead.stageId != m_lead.stageId ? tr("Save and move") : tr("Save"));
}

void LeadCardPanel::revert()
{
    display(m_lead);
}

void LeadCardPanel::save()
{
    m_rebases = 0; // the user asked: a fresh round of retries
    submit();
}

void LeadCardPanel::submit()
{
    if (!m_leads || m_busy || !m_save->isEnabled())
        return;
    const Pipeline *p = pipeline();
    if (!p)
        return;
    // A new lead, or a new e-mail or NIP: name any lead it may duplicate before writing.
    const FieldInput typed = m_fields->changes();
    FieldInput identity;
    for (const QString &key : {u"email"_s, u"nip"_s, u"website"_s})
        if (typed.contains(key) && !typed.value(key).trimmed().isEmpty())
            identity.insert(key, typed.value(key));
    if (!m_duplicatesAccepted && !identity.isEmpty()) {
        m_busy = true;
        refreshState();
        FutureWatch::then(this, m_leads->duplicatesOf(m_principal, p->id, identity, m_lead.id), [this](const Result<DuplicateCheck> &check) {
            m_busy = false;
            refreshState();
            if (!check || check->isEmpty()) { // a refused value is Save's to explain
                m_duplicatesAccepted = true;
                submit();
                return;
            }
            askAboutDuplicates(*check);
        });
        return;
    }
    const Stage *target = p->stage(m_fields->stageId());
    // Asked once the reason is chosen: without one the services refuse the move, and
    // the comment typed would go with nothing.
    if (m_lead.id && target && target->id != m_lead.stageId && target->kind == StageKind::Lost && !m_lostCommentAsked
        && edited().isFilled(u"lost_reason"_s)) {
        askWhyLost(); // then submits again
        return;
    }
    m_duplicatesAccepted = false;
    m_busy = true;
    m_fields->setEnabled(false);
    refreshState();
    const FieldInput changes = m_fields->changes();
    const qint64 stageId = m_fields->stageId();
    if (m_lead.id == 0) {
        const Stage *stage = p->stage(stageId);
        FutureWatch::then(this, m_leads->createLead(m_principal, NewLead{p->id, stage ? stage->name : QString(), changes, {}}),
                          [this](const Result<Lead> &r) { onSaved(r); });
    } else if (stageId != m_lead.stageId) {
        MoveRequest move{{m_lead.id}, stageId, changes, std::exchange(m_lostComment, {}), {{m_lead.id, m_lead.version}}, {}};
        m_lostCommentAsked = false;
        FutureWatch::then(this, m_leads->moveLeads(m_principal, move), [this](const Result<QList<Lead>> &r) {
            if (!r)
                onSaved(std::unexpected(r.error()));
            else if (!r->isEmpty())
                onSaved(r->first());
        });
    } else {
        FutureWatch::then(this, m_leads->updateLead(m_principal, LeadEdit{m_lead.id, m_lead.version, changes, {}}),
                          [this](const Result<Lead> &r) { onSaved(r); });
    }
}

void LeadCardPanel::askAboutDuplicates(const DuplicateCheck &check)
{
    auto *box = new DuplicatePrompt(check, pipeline() ? pipeline()->name : QString(), m_lead.id != 0, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *clicked) {
        if (clicked == box->anywayButton()) {
            m_duplicatesAccepted = true;
            submit();
        } else if (clicked && clicked == box->openButton()) {
            Q_EMIT openLeadRequested(box->firstLeadId());
        }
    });
    box->open();
}

void LeadCardPanel::askWhyLost()
{
    // DOMAIN.md: lost takes a comment beside its reason code, for the review in six months.
    auto *ask = new QInputDialog(this);
    ask->setObjectName(u"lostCommentPrompt"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setOption(QInputDialog::UsePlainTextEditForTextInput);
    ask->setWindowTitle(tr("Lost"));
    ask->setLabelText(tr("What happened, and what to try when the lead is reviewed (optional):"));
    ask->setOkButtonText(tr("Save"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &comment) {
        m_lostComment = comment.trimmed();
        m_lostCommentAsked = true;
        submit();
    });
    // Cancelled: nothing saved, so the next Save asks about duplicates again too.
    connect(ask, &QDialog::rejected, this, [this] { m_duplicatesAccepted = false; });
    ask->open();
}

void LeadCardPanel::onSaved(const Result<Lead> &result)
{
    m_busy = false;
    if (!result) {
        if (result.error().code == Error::Code::Conflict && m_lead.id != 0 && m_rebases < 3) {
            resolveConflict(); // the fields stay disabled until the lead as it is now shows
            return;
        }
        m_fields->setEnabled(true);
        showError(result.error());
        refreshState();
        return;
    }
    m_fields->setEnabled(true);
    m_rebases = 0;
    const bool created = m_lead.id == 0;
    display(*result);
    if (created)
        m_timeline->setLead(result->id);
    else
        m_timeline->reload();
    Q_EMIT saved(*result);
}

ActivityDialog *LeadCardPanel::logActivity(const QString &kind)
{
    if (!m_leads || m_lead.id == 0)
        return nullptr;
    auto *dialog = new ActivityDialog(m_lead.id, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActivityDialog::submitted, this, [this, dialog](const NewActivity &request) {
        dialog->setBusy(true);
        FutureWatch::then(dialog, m_leads->logActivity(m_principal, request), [this, dialog](const Result<Activity> &logged) {
            if (!logged) {
                dialog->showError(logged.error().message);
                return;
            }
            dialog->accept();
            m_timeline->reload();
        });
    });
    dialog->open();
    return dialog;
}

void LeadCardPanel::resolveConflict()
{
    const FieldInput mine = m_fields->changes();
    const qint64 myStage = m_fields->stageId();
    const Lead base = m_lead;
    m_busy = true;
    refreshState();
    FutureWatch::then(this, m_leads->lead(m_principal, base.id), [this, mine, myStage, base](const Result<Lead> &theirs) {
        m_busy = false;
        if (!theirs) {
            m_fields->setEnabled(true);
            showError(theirs.error());
            refreshState();
            return;
        }
        const Pipeline *p = pipeline();
        QList<ConflictDialog::Field> clashes;
        for (auto it = mine.begin(); it != mine.end(); ++it) {
            const QString before = m_fields->displayText(base, it.key());
            const QString now = m_fields->displayText(*theirs, it.key());
            if (before.trimmed() != now.trimmed() && now.trimmed() != it.value().trimmed())
                clashes.append({it.key(), it.key() == u"owner"_s ? tr("Owner") : p ? p->labelOf(it.key()) : it.key(),
                                now, it.value()});
        }
        const bool stageClash = myStage != base.stageId && theirs->stageId != base.stageId && theirs->stageId != myStage;
        if (stageClash && p && p->stage(theirs->stageId) && p->stage(myStage))
            clashes.prepend({u"stage"_s, tr("Stage"), p->stage(theirs->stageId)->displayName(), p->stage(myStage)->displayName()});
        auto apply = [this, mine, myStage, baseStage = base.stageId, theirs = *theirs](const QMap<QString, bool> &keepYours) {
            display(theirs);
            for (auto it = mine.begin(); it != mine.end(); ++it)
                if (keepYours.value(it.key(), true))
                    m_fields->setFieldText(it.key(), it.value());
            if (myStage != baseStage && myStage != theirs.stageId && keepYours.value(u"stage"_s, true))
                m_fields->setFieldText(u"stage"_s, QString::number(myStage));
            refreshState();
            submit();
        };
        if (clashes.isEmpty()) { // they changed other fields: yours go on top, nothing lost
            ++m_rebases;
            apply({});
            return;
        }
        m_rebases = 0;
        auto *dialog = new ConflictDialog(theirs->displayName(), clashes, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [dialog, apply] { apply(dialog->keepYours()); });
        m_fields->setEnabled(true);
        connect(dialog, &QDialog::rejected, this, [this] {
            m_changedElsewhere = true;
            refreshState();
            m_problems->setText(tr("Not saved: the lead changed meanwhile. Your edits are still here; Save asks again."));
        });
        dialog->open();
    });
}

void LeadCardPanel::showError(const Error &error)
{
    QMap<QString, QString> byKey;
    for (const FieldError &f : error.fieldErrors)
        byKey.insert(f.field, f.reason);
    if (error.code == Error::Code::Refused) {
        // The gate: every field the target stage still needs, under the field.
        if (const Pipeline *p = pipeline(); p && p->stage(m_fields->stageId()))
            for (const QString &key : StageGate::fieldsToComplete(*p, edited(), *p->stage(m_fields->stageId()),
                                                                  QDateTime::currentDateTimeUtc().date()))
                byKey.insert(key, tr("required to enter %1").arg(p->stage(m_fields->stageId())->displayName()));
    }
    m_fields->showServiceErrors(byKey);
    m_problems->setText(error.message);
    Q_EMIT failed(error.message);
}

void LeadCardPanel::onLeadsChanged(const LeadChange &change)
{
    if (m_lead.id == 0 || m_busy)
        return;
    if (!change.everything && !change.leadIds.contains(m_lead.id))
        return;
    if (!m_fields->isEdited()) {
        showLead(m_lead.id);
        return;
    }
    m_changedElsewhere = true;
    refreshState();
}

} // namespace lejek::app
