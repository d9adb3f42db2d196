// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pipeline.h"
#include "Principal.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;

namespace lejek {
class ChangeNotifier;
class LeadService;
class PipelineService;
} // namespace lejek

namespace lejek::app {

class LeadCardPanel;

// Where lead cards open: a panel docked beside the board, and a window of its own for
// each further lead the user asks to keep open. A card with unsaved edits is never
// replaced: the next lead then opens in a window.
class LeadCards : public QObject
{
    Q_OBJECT
public:
    explicit LeadCards(QMainWindow *window);

    QDockWidget *dock() const { return m_dock; }
    LeadCardPanel *dockedPanel() const { return m_panel; }
    const QList<QPointer<LeadCardPanel>> &windows() const { return m_windows; }

    void setServices(LeadService *leads, PipelineService *pipelines, ChangeNotifier *notifier, const Principal &principal);
    void setPipelines(const QList<Pipeline> &pipelines);
    // Shows the lead in the docked panel (opening it), or in a window of its own.
    LeadCardPanel *open(qint64 leadId, bool newWindow = false);
    // Closes every card and lets go of the services (another database is opening).
    void close();
    // An empty card for a new lead in `stageId` (0: the pipeline's first stage).
    LeadCardPanel *openNew(qint64 pipelineId, qint64 stageId = 0);

Q_SIGNALS:
    void failed(const QString &message);

private:
    LeadCardPanel *makeWindow();
    void setUp(LeadCardPanel *panel);

    QMainWindow *m_window;
    QDockWidget *m_dock;
    LeadCardPanel *m_panel;
    QList<QPointer<LeadCardPanel>> m_windows;
    LeadService *m_leads = nullptr;
    PipelineService *m_pipelineService = nullptr;
    ChangeNotifier *m_notifier = nullptr;
    Principal m_principal;
    QList<Pipeline> m_pipelines;
};

} // namespace lejek::app
