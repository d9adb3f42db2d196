// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backend.h"
#include "Error.h"
#include "Pipeline.h"
#include "User.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QComboBox;
class QDialog;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace lejek::app {

class BoardFilterBar;
class BoardPreferences;
class BoardAsOfView;
class BoardView;
class LeadCards;
class ListDocks;
class CustomersView;
class DashboardView;
class LostReviewView;
class MyTasksView;
class MessagePage;
class WelcomeBar;
class Session;

// The window: File (open a database, import and export leads, quit), View (refresh,
// board or dashboard, the docks), Help (about); a toolbar with the pipeline selector
// and the filter both tabs follow; the board and the dashboard as tabs; the database
// and lead count in the status bar. Opening a database never blocks: a message page shows
// meanwhile, and another one says what went wrong if it fails.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class State { Idle, Opening, Ready, Failed };
    Q_ENUM(State)

    // `backends` makes the services for each database opened: main() decides which kind.
    explicit MainWindow(BackendFactory backends, QWidget *parent = nullptr);
    ~MainWindow() override;

    // An SQLite path or a postgresql:// URL.
    void openDatabase(const QString &location);
    // Opens the lead's card as soon as the database is ready (`lejek --lead ID`).
    // `lejek --lead ID` and a task's notification: the lead's card, now if a database is
    // open, else as soon as one is.
    void openLeadWhenReady(qint64 leadId);
    LeadCards *cards() const { return m_cards; }
    MyTasksView *myTasks() const;
    CustomersView *customers() const;
    LostReviewView *lostReview() const;
    QAction *newLeadAction() const { return m_newLeadAction; }

    State state() const { return m_state; }
    BoardView *board() const { return m_board; }
    BoardAsOfView *boardAsOf() const { return m_boardAsOf; }
    DashboardView *dashboard() const { return m_dashboard; }
    // The board and the dashboard, as tabs.
    QTabWidget *tabs() const { return m_tabs; }
    QAction *dashboardAction() const { return m_dashboardAction; }
    QComboBox *pipelineSelector() const { return m_pipelineBox; }
    BoardFilterBar *filterBar() const { return m_filterBar; }
    MessagePage *messagePage() const { return m_messagePage; }
    WelcomeBar *welcomeBar() const { return m_welcome; }
    QString statusText() const;
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }

Q_SIGNALS:
    void stateChanged(lejek::app::MainWindow::State state);
    void leadListOpened(QDialog *list);

private:
    void createMenus();
    void createToolBar();
    void createStatusBar();
    // The docks beside the board: My tasks, Customers, Lost to review.
    void createDocks();
    // Hands the session's services to every view, or (no session) takes them back.
    void connectViews();
    // The pipelines every view names stages and fields by.
    void showPipelines(const QList<lejek::Pipeline> &pipelines);
    void setState(State state);
    void showFailure(const QString &title, const QString &details);
    void onReady(const QList<lejek::Pipeline> &pipelines);
    void onPipelinesLoaded(const QList<lejek::Pipeline> &pipelines);
    void onFailed(const lejek::Error &error);
    void fillPipelineSelector(const QList<lejek::Pipeline> &pipelines, qint64 selectId);
    void onPipelineSelected(int index);
    void restorePreferences(const QList<lejek::Pipeline> &pipelines, const QList<lejek::User> &users);
    void onCurrentUserChanged(qint64 userId);
    // Every service call from now on acts as `user` (none: the database's owner).
    void actAs(const std::optional<User> &user);
    // The name a new database's first user gave: they become its admin, and act.
    void onWelcomeName(const QString &name);
    void onTotalsLoaded(qint64 totalLeads);
    void chooseDatabase();
    void refresh();
    void updateTransferActions();
    void importLeads();
    void exportLeads();
    void newLead();
    // The list of leads behind a dashboard number.
    void listLeads(const QString &title, const QList<qint64> &leadIds);
    void about();

    std::unique_ptr<Session> m_session;
    QList<Pipeline> m_pipelines;
    State m_state = State::Idle;
    QString m_location;
    BackendFactory m_backends;
    WelcomeBar *m_welcome;
    QStackedWidget *m_stack;
    MessagePage *m_messagePage;
    QTabWidget *m_tabs;
    QStackedWidget *m_boardStack; // the board of today or of a past day
    BoardView *m_board;
    BoardAsOfView *m_boardAsOf;
    DashboardView *m_dashboard;
    BoardFilterBar *m_filterBar;
    // Per database and user: last pipeline, filters, sort, saved views.
    std::unique_ptr<BoardPreferences> m_prefs;
    QComboBox *m_pipelineBox;
    QLabel *m_databaseLabel;
    QLabel *m_countLabel;
    QAction *m_refreshAction = nullptr;
    QAction *m_boardAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_newLeadAction = nullptr;
    LeadCards *m_cards = nullptr;
    ListDocks *m_lists = nullptr;
    qint64 m_pendingLead = 0;
};

} // namespace lejek::app
