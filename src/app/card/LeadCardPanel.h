// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DuplicateMatch.h"
#include "Error.h"
#include "Lead.h"
#include "LeadChange.h"
#include "LostReason.h"
#include "Pipeline.h"
#include "Principal.h"
#include "User.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace lejek {
class ChangeNotifier;
class LeadService;
class PipelineService;
} // namespace lejek

namespace lejek::app {

class ActivityDialog;
class LeadCardFields;
class LeadTasksBox;
class LeadTimelineBox;
class SameLeadBar;
class StagePath;
class TimelineModel;

// A lead's card: the handoff context package. On top the lead's name, the stage path
// and the current stage's guidance with what the next stage still needs; then the
// fields (LeadCardFields) and the timeline, newest first, paged as it scrolls. Save
// sends what changed in one service call (a move, with the values it carries, when the
// stage changed, so the gate is the drop's); it stays disabled, with the reasons shown,
// while a field holds what the services would refuse. A lead changed elsewhere while
// the card is unedited simply refreshes.
class LeadCardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LeadCardPanel(QWidget *parent = nullptr);
    ~LeadCardPanel() override;

    void setServices(LeadService *leads, PipelineService *pipelines, ChangeNotifier *notifier, const Principal &principal);
    void setPipelines(const QList<Pipeline> &pipelines);
    // Loads and shows a lead: loaded() or failed().
    void showLead(qint64 leadId);
    // An empty card in `stageId` (0: the pipeline's first stage); Save creates it.
    void showNewLead(qint64 pipelineId, qint64 stageId = 0);
    // Back to "no lead open".
    void clear();

    qint64 leadId() const { return m_lead.id; }
    const Lead &lead() const { return m_lead; }
    bool isEdited() const;
    bool isBusy() const { return m_busy; }
    LeadCardFields *fields() const { return m_fields; }
    StagePath *stagePath() const { return m_path; }
    QListView *timelineView() const;
    TimelineModel *timeline() const { return m_timeline; }
    LeadTasksBox *tasks() const { return m_tasks; }
    SameLeadBar *sameLeadBar() const { return m_sameLead; }
    QPushButton *saveButton() const { return m_save; }
    QString readinessText() const;
    QString guidanceText() const;
    QString problemsText() const;
    // Clicks Save (tests, the Ctrl+S shortcut).
    void save();
    // Opens the quick entry of a note, call, meeting or e-mail (the timeline's "Log" menu).
    ActivityDialog *logActivity(const QString &kind);

Q_SIGNALS:
    void loaded(qint64 leadId);
    void saved(const lejek::Lead &lead);
    void failed(const QString &message);
    void titleChanged(const QString &title);
    // "Open lead N" from the duplicate prompt.
    void openLeadRequested(qint64 leadId);

private:
    void loadReferenceData();
    void display(const Lead &lead);
    void refreshState();
    // Save without resetting the retry count (a retry on a newer version).
    void submit();
    void onSaved(const Result<Lead> &result);
    void onLeadsChanged(const lejek::LeadChange &change);
    void showError(const Error &error);
    // Save met a newer version: what the user changed goes on top of the lead as it is
    // now; fields both changed are chosen in a ConflictDialog first.
    void resolveConflict();
    // Save found leads with the same e-mail, NIP or web domain: name them; Save anyway, open one, or cancel.
    void askAboutDuplicates(const DuplicateCheck &check);
    // Saving a move to a lost stage: the comment that goes with its reason, then Save again.
    void askWhyLost();
    void revert();
    const Pipeline *pipeline() const;
    // The lead as the card would save it: the stored one with every valid edit parsed in.
    Lead edited() const;

    LeadService *m_leads = nullptr;
    PipelineService *m_pipelineService = nullptr;
    ChangeNotifier *m_notifier = nullptr;
    Principal m_principal;
    QList<Pipeline> m_pipelines;
    QList<User> m_users;
    QList<LostReason> m_reasons;
    Lead m_lead;
    bool m_busy = false;
    bool m_changedElsewhere = false;
    quint64 m_request = 0;
    int m_rebases = 0;                 // saves retried on a newer version without asking, in a row
    bool m_duplicatesAccepted = false; // the user chose to save despite the duplicates named
    bool m_lostCommentAsked = false;   // the move to a lost stage has its comment (m_lostComment)
    QString m_lostComment;

    QLabel *m_title;
    QLabel *m_subtitle;
    SameLeadBar *m_sameLead;
    StagePath *m_path;
    QLabel *m_guidance;
    QLabel *m_readiness;
    LeadCardFields *m_fields;
    QTabWidget *m_lower;
    LeadTasksBox *m_tasks;
    LeadTimelineBox *m_timelineBox;
    TimelineModel *m_timeline; // m_timelineBox's
    QLabel *m_problems;
    QPushButton *m_revert;
    QPushButton *m_save;
};

} // namespace lejek::app
