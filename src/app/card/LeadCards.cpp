// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadCards.h"

#include "LeadCardPanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

LeadCards::LeadCards(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Lead card"), window))
    , m_panel(new LeadCardPanel(m_dock))
{
    m_dock->setObjectName(u"leadCardDock"_s);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_dock->setWidget(m_panel);
    m_dock->setMinimumWidth(380);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    setUp(m_panel);
}

void LeadCards::setUp(LeadCardPanel *panel)
{
    connect(panel, &LeadCardPanel::failed, this, &LeadCards::failed);
    connect(panel, &LeadCardPanel::openLeadRequested, this, [this](qint64 id) { open(id, true); });
    panel->setServices(m_leads, m_pipelineService, m_notifier, m_principal);
    panel->setPipelines(m_pipelines);
}

void LeadCards::setServices(LeadService *leads, PipelineService *pipelines, ChangeNotifier *notifier, const Principal &principal)
{
    m_leads = leads;
    m_pipelineService = pipelines;
    m_notifier = notifier;
    m_principal = principal;
    m_panel->setServices(leads, pipelines, notifier, principal);
    for (const auto &w : std::as_const(m_windows))
        if (w)
            w->setServices(leads, pipelines, notifier, principal);
}

void LeadCards::setPipelines(const QList<Pipeline> &pipelines)
{
    m_pipelines = pipelines;
    m_panel->setPipelines(pipelines);
    for (const auto &w : std::as_const(m_windows))
        if (w)
            w->setPipelines(pipelines);
}

LeadCardPanel *LeadCards::makeWindow()
{
    auto *window = new QWidget(m_window, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(460, 720);
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *panel = new LeadCardPanel(window);
    layout->addWidget(panel);
    setUp(panel);
    connect(panel, &LeadCardPanel::titleChanged, window, &QWidget::setWindowTitle);
    m_windows.removeAll(nullptr);
    m_windows.append(panel);
    window->show();
    return panel;
}

LeadCardPanel *LeadCards::open(qint64 leadId, bool newWindow)
{
    // Already open somewhere: bring that card forward.
    for (const auto &w : std::as_const(m_windows)) {
        if (w && w->leadId() == leadId) {
            w->window()->raise();
            w->window()->activateWindow();
            return w;
        }
    }
    LeadCardPanel *panel = m_panel;
    // A card with unsaved edits keeps them: another lead opens beside it, and the same
    // lead just comes forward (LeadCardPanel::showLead keeps edits too).
    if (newWindow || (m_panel->isEdited() && m_panel->leadId() != leadId))
        panel = makeWindow();
    else
        m_dock->show();
    panel->showLead(leadId);
    return panel;
}

void LeadCards::close()
{
    for (const auto &w : std::as_const(m_windows))
        if (w)
            w->window()->close();
    m_windows.clear();
    m_dock->hide();
    setServices(nullptr, nullptr, nullptr, {});
    m_panel->clear();
}

LeadCardPanel *LeadCards::openNew(qint64 pipelineId, qint64 stageId)
{
    LeadCardPanel *panel = m_panel->isEdited() ? makeWindow() : m_panel;
    if (panel == m_panel)
        m_dock->show();
    panel->showNewLead(pipelineId, stageId);
    return panel;
}

} // namespace lejek::app
