// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lead.h"
#include "LostReason.h"
#include "Pipeline.h"
#include "Principal.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace lejek {
class ChangeNotifier;
class LeadService;
class PipelineService;
} // namespace lejek

namespace lejek::app {

// Lost, to review: the lost leads the user may see that were closed more than six
// months ago (the seed's half-yearly review), oldest first, with their reason. Enter or
// a double-click opens the card; Reactivate brings the chosen one back to the stage
// chosen beside it, through that stage's gate (a refusal names what it lacks).
class LostReviewView : public QWidget
{
    Q_OBJECT
public:
    explicit LostReviewView(QWidget *parent = nullptr);

    void setServices(LeadService *leads, PipelineService *pipelines, ChangeNotifier *notifier, const Principal &principal);
    void setPipelines(const QList<Pipeline> &pipelines);
    void reload();

    QTreeWidget *list() const { return m_list; }
    QComboBox *stageChoice() const { return m_stage; }
    QPushButton *reactivateButton() const { return m_reactivate; }
    QString emptyText() const;
    void reactivate();

Q_SIGNALS:
    void openLeadRequested(qint64 leadId);
    void loaded();
    void reactivated(const lejek::Lead &lead);
    void failed(const QString &message);

private:
    void show(const QList<Lead> &leads);
    void offerStages();
    const Pipeline *pipelineOf(const Lead &lead) const;

    LeadService *m_leads = nullptr;
    ChangeNotifier *m_notifier = nullptr;
    Principal m_principal;
    QList<Pipeline> m_pipelines;
    QList<LostReason> m_reasons;
    QList<Lead> m_shown;
    quint64 m_request = 0;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QComboBox *m_stage;
    QPushButton *m_reactivate;
    QTimer m_debounce;
};

} // namespace lejek::app
