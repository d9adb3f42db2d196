// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "card/LeadCards.h"
#include "dashboard/DashboardView.h"
#include "dashboard/LeadListDialog.h"

#include "ChangeNotifier.h"
#include "ConnectionSettings.h"
#include "ListDocks.h"
#include "MessagePage.h"
#include "WelcomeBar.h"
#include "application/FileDialogs.h"
#include "application/NumberFormat.h"
#include "application/Session.h"
#include "PipelineService.h"
#include "application/FutureWatch.h"
#include "board/BoardAsOfView.h"
#include "board/BoardView.h"
#include "card/LeadCards.h"
#include "filters/BoardFilterBar.h"
#include "filters/BoardPreferences.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportDialog.h"
#include "board/LeadMover.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(BackendFactory backends, QWidget *parent)
    : QMainWindow(parent)
    , m_backends(std::move(backends))
    , m_welcome(new WelcomeBar(this))
    , m_stack(new QStackedWidget(this))
    , m_messagePage(new MessagePage(m_stack))
    , m_tabs(new QTabWidget(m_stack))
    , m_boardStack(new QStackedWidget(m_tabs))
    , m_board(new BoardView(m_boardStack))
    , m_boardAsOf(new BoardAsOfView(m_boardStack))
    , m_dashboard(new DashboardView(m_tabs))
    , m_filterBar(new BoardFilterBar(this))
    , m_pipelineBox(new QComboBox(this))
    , m_databaseLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    m_stack->addWidget(m_messagePage);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_boardStack->addWidget(m_board); // today's board, or (View › Board as of a Past Day) a day's
    m_boardStack->addWidget(m_boardAsOf);
    m_tabs->addTab(m_boardStack, tr("&Board"));
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_stack->addWidget(m_tabs);
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_welcome);
    column->addWidget(m_stack, 1);
    m_welcome->hide();
    setCentralWidget(central);
    connect(m_welcome, &WelcomeBar::nameEntered, this, &MainWindow::onWelcomeName);
    m_cards = new LeadCards(this);
    connect(m_cards, &LeadCards::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_board, &BoardView::leadOpenRequested, this, [this](qint64 id, bool newWindow) { m_cards->open(id, newWindow); });
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    resize(1280, 800);

    connect(m_messagePage, &MessagePage::actionTriggered, this, &MainWindow::chooseDatabase);
    connect(m_board, &BoardView::totalsLoaded, this, &MainWindow::onTotalsLoaded);
    connect(m_boardAsOf, &BoardAsOfView::backToTodayRequested, this, [this] { m_boardStack->setCurrentWidget(m_board); });
    connect(m_boardAsOf, &BoardAsOfView::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_dashboard, &DashboardView::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_dashboard, &DashboardView::leadsRequested, this, &MainWindow::listLeads);
    connect(m_board, &BoardView::errorOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(tr("Could not load leads: %1").arg(message), 10000); });
    connect(m_board->mover(), &LeadMover::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_board->mover(), &LeadMover::movesFinished, this, [this](int moved, const QStringList &refusals) {
        if (!refusals.isEmpty())
            statusBar()->showMessage(refusals.join(u"  ·  "_s), 15000);
        else if (moved > 0)
            statusBar()->showMessage(tr("Moved %n lead(s).", "", moved), 4000);
    });
    setState(State::Idle);
}

MainWindow::~MainWindow()
{
    // The board's models, the cards and the docks refer to the session's services: they
    // let go of them before the session goes.
    auto closing = std::exchange(m_session, nullptr);
    connectViews();
}

MyTasksView *MainWindow::myTasks() const { return m_lists->myTasks(); }
CustomersView *MainWindow::customers() const { return m_lists->customers(); }
LostReviewView *MainWindow::lostReview() const { return m_lists->lostReview(); }

void MainWindow::openLeadWhenReady(qint64 leadId)
{
    if (m_state == State::Ready)
        m_cards->open(leadId);
    else
        m_pendingLead = leadId;
}

void MainWindow::createDocks()
{
    // The card keeps the window's full height on its side; the lists go under the board.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_lists = new ListDocks(this);
    connect(m_lists, &ListDocks::openLeadRequested, this, [this](qint64 id) { m_cards->open(id); });
    connect(m_lists, &ListDocks::message, this, [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_lists, &ListDocks::notificationClicked, this, [this](qint64 id) {
        openLeadWhenReady(id);
        raise();
        activateWindow();
    });
}

void MainWindow::showPipelines(const QList<Pipeline> &pipelines)
{
    m_cards->setPipelines(pipelines);
    m_lists->setPipelines(pipelines);
}

void MainWindow::connectViews()
{
    const bool on = m_session && m_session->isOpen();
    LeadService *leads = on ? &m_session->leads() : nullptr;
    PipelineService *pipelines = on ? &m_session->pipelines() : nullptr;
    ChangeNotifier *notifier = on ? &m_session->notifier() : nullptr;
    const Principal principal = on ? m_session->principal() : Principal{};
    m_board->setServices(leads, notifier, principal);
    m_dashboard->setServices(on ? &m_session->reports() : nullptr, pipelines, notifier, principal);
    m_boardAsOf->setServices(on ? &m_session->reports() : nullptr, principal);
    if (on)
        m_cards->setServices(leads, pipelines, notifier, principal);
    else
        m_cards->close();
    m_lists->setServices(leads, pipelines, notifier, principal);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Leads…"), this, &MainWindow::importLeads);
    m_importAction->setObjectName(u"importAction"_s);
    m_exportAction = file->addAction(tr("&Export Leads…"), this, &MainWindow::exportLeads);
    m_exportAction->setObjectName(u"exportAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *undo = m_board->mover()->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setObjectName(u"undoAction"_s);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, Ctrl+Y too where the platform says so.
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redoAction->setObjectName(u"redoAction"_s);
    edit->addAction(undoAction);
    edit->addAction(redoAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    m_boardAction = view->addAction(tr("&Board"), this, [this] { m_tabs->setCurrentWidget(m_boardStack); });
    m_boardAction->setShortcut(Qt::CTRL | Qt::Key_1);
    m_dashboardAction = view->addAction(tr("&Dashboard"), this, [this] { m_tabs->setCurrentWidget(m_dashboard); });
    m_dashboardAction->setShortcut(Qt::CTRL | Qt::Key_2);
    m_dashboardAction->setObjectName(u"dashboardAction"_s);
    QAction *asOf = view->addAction(tr("Board &as of a Past Day"), this, [this] {
        m_tabs->setCurrentWidget(m_boardStack);
        m_boardStack->setCurrentWidget(m_boardAsOf);
        m_boardAsOf->dayEdit()->setFocus();
    });
    asOf->setObjectName(u"boardAsOfAction"_s);
    view->addSeparator();
    view->addAction(m_cards->dock()->toggleViewAction());
    m_lists->addToggleActions(view);

    QMenu *lead = menuBar()->addMenu(tr("&Lead"));
    m_newLeadAction = lead->addAction(QIcon::fromTheme(u"list-add"_s), tr("&New Lead"), this, &MainWindow::newLead);
    m_newLeadAction->setShortcut(QKeySequence::New);
    m_newLeadAction->setObjectName(u"newLeadAction"_s);
    m_newLeadAction->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Lejek"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Pipeline"));
    bar->setObjectName(u"pipelineToolBar"_s);
    bar->setMovable(false);
    auto *label = new QLabel(tr("&Pipeline:"), bar);
    label->setBuddy(m_pipelineBox);
    label->setContentsMargins(4, 0, 6, 0);
    m_pipelineBox->setObjectName(u"pipelineSelector"_s);
    m_pipelineBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipelineBox->setMinimumContentsLength(16);
    m_pipelineBox->setAccessibleName(tr("Pipeline"));
    bar->addWidget(label);
    bar->addWidget(m_pipelineBox);
    bar->addSeparator();
    bar->addAction(m_newLeadAction);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_pipelineBox, &QComboBox::currentIndexChanged, this, &MainWindow::onPipelineSelected);

    // Search, filters, sort and saved views, on a row of their own under the pipeline.
    addToolBarBreak();
    QToolBar *filters = addToolBar(tr("Filters"));
    filters->setObjectName(u"filterToolBar"_s);
    filters->setMovable(false);
    filters->addWidget(m_filterBar);
    m_filterBar->setEnabled(false);
    connect(m_filterBar, &BoardFilterBar::filterChanged, m_board, &BoardView::setFilter);
    connect(m_filterBar, &BoardFilterBar::filterChanged, m_boardAsOf, &BoardAsOfView::setFilter);
    connect(m_filterBar, &BoardFilterBar::filterChanged, m_dashboard, [this](const LeadFilter &filter) {
        m_dashboard->setFilterSummary(m_filterBar->summary());
        m_dashboard->setFilter(filter);
    });
    connect(m_filterBar, &BoardFilterBar::sortChanged, m_board, &BoardView::setSort);
    connect(m_filterBar, &BoardFilterBar::stateChanged, this, [this](const BoardFilterState &state) {
        if (m_prefs)
            m_prefs->setFilterState(state);
    });
    connect(m_filterBar, &BoardFilterBar::savedViewsChanged, this, [this](const QList<SavedBoardView> &views) {
        if (m_prefs)
            m_prefs->setSavedViews(views);
    });
    connect(m_filterBar, &BoardFilterBar::currentUserChanged, this, &MainWindow::onCurrentUserChanged);
}

void MainWindow::restorePreferences(const QList<Pipeline> &pipelines, const QList<User> &users)
{
    // Who the user is comes first: what the board shows, and "me" and "my team" in a
    // saved filter, need it. A later start acts as the last user; the first as the
    // database's admin, until Views › I am says otherwise.
    qint64 current = m_prefs->currentUserId();
    if (std::none_of(users.cbegin(), users.cend(), [current](const User &u) { return u.id == current; })) {
        const auto admin = std::find_if(users.cbegin(), users.cend(), [](const User &u) { return u.role == u"admin"_s; });
        current = admin != users.cend() ? admin->id : 0;
        if (current)
            m_prefs->setCurrentUserId(current);
    }
    m_filterBar->setUsers(users);
    m_filterBar->setCurrentUserId(current);
    actAs(m_filterBar->currentUser());
    m_welcome->setVisible(users.isEmpty());
    m_filterBar->setSavedViews(m_prefs->savedViews());
    m_filterBar->setState(m_prefs->filterState());
    m_board->setFilter(m_filterBar->filter());
    m_boardAsOf->setFilter(m_filterBar->filter());
    m_dashboard->setFilterSummary(m_filterBar->summary());
    m_dashboard->setFilter(m_filterBar->filter());
    m_board->setSort(m_filterBar->sort(), m_filterBar->descending());
    m_filterBar->setEnabled(true);
    fillPipelineSelector(pipelines, m_prefs->lastPipelineId());
}

void MainWindow::onCurrentUserChanged(qint64 userId)
{
    if (!m_prefs || userId == m_prefs->currentUserId())
        return;
    m_prefs->setCurrentUserId(userId);
    actAs(m_filterBar->currentUser());
    // What the board shows depends on who looks at it.
    if (m_state == State::Ready)
        onPipelineSelected(m_pipelineBox->currentIndex());
    // Each user has their own filters and views.
    m_filterBar->setSavedViews(m_prefs->savedViews());
    m_filterBar->setState(m_prefs->filterState());
}

void MainWindow::actAs(const std::optional<User> &user)
{
    if (!m_session)
        return;
    m_session->setPrincipal(user ? Principal::of(*user) : Principal::owner());
    connectViews();
}

void MainWindow::onWelcomeName(const QString &name)
{
    if (!m_session || !m_session->isOpen())
        return;
    m_welcome->startButton()->setEnabled(false);
    const User wanted{0, name, {}, 0, {}, u"admin"_s, true};
    FutureWatch::then(this, m_session->pipelines().createUser(m_session->principal(), wanted),
        [this, session = m_session.get()](const Result<User> &user) {
            if (session != m_session.get() || !m_prefs)
                return;
            m_welcome->startButton()->setEnabled(true);
            if (!user) {
                m_welcome->showError(user.error().message);
                return;
            }
            m_welcome->hide();
            m_prefs->setCurrentUserId(user->id);
            m_filterBar->setUsers({*user});
            m_filterBar->setCurrentUserId(user->id);
            actAs(*user);
            if (m_state == State::Ready)
                onPipelineSelected(m_pipelineBox->currentIndex());
            statusBar()->showMessage(tr("Welcome, %1. Add your team with lejek-cli user add.").arg(user->name), 10000);
        });
}

void MainWindow::createStatusBar()
{
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_countLabel->setObjectName(u"leadCountLabel"_s);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
}

QString MainWindow::statusText() const
{
    return m_databaseLabel->text() + u" | "_s + m_countLabel->text();
}

void MainWindow::setState(State state)
{
    m_state = state;
    const bool ready = state == State::Ready;
    m_pipelineBox->setEnabled(ready && m_pipelineBox->count() > 0);
    if (m_refreshAction)
        m_refreshAction->setEnabled(ready);
    updateTransferActions();
    m_stack->setCurrentWidget(ready ? static_cast<QWidget *>(m_tabs) : m_messagePage);
    if (state == State::Idle)
        m_messagePage->showMessage(
            tr("No database is open"), tr("Open a Lejek database with File › Open Database…"), tr("Open Database…"));
    Q_EMIT stateChanged(state);
}

void MainWindow::openDatabase(const QString &location)
{
    {
        auto closing = std::exchange(m_session, nullptr);
        connectViews(); // no session: every view lets go of the old one's services
    } // waits for the old store's queued jobs
    m_welcome->hide();
    m_prefs.reset();
    m_filterBar->setEnabled(false);
    m_pipelines.clear();
    {
        const QSignalBlocker blocker(m_pipelineBox);
        m_pipelineBox->clear();
    }
    m_location = location;
    m_countLabel->clear();

    auto settings = ConnectionSettings::parse(location);
    if (!settings) {
        m_databaseLabel->setText(location);
        showFailure(tr("This is not a database Lejek can open"), settings.error().message);
        return;
    }
    const QString name = settings->displayName();
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(name)));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(name));
    setWindowTitle(settings->isPostgres() ? name : QFileInfo(name).fileName());
    m_messagePage->showMessage(tr("Opening the database…"), QDir::toNativeSeparators(name));
    setState(State::Opening);

    m_session = std::make_unique<Session>(*settings, m_backends);
    connect(m_session.get(), &Session::ready, this, &MainWindow::onReady);
    connect(m_session.get(), &Session::pipelinesLoaded, this, &MainWindow::onPipelinesLoaded);
    connect(m_session.get(), &Session::failed, this, &MainWindow::onFailed);
    m_session->open();
}

void MainWindow::showFailure(const QString &title, const QString &details)
{
    m_messagePage->showMessage(title, details, tr("Open Another Database…"));
    setState(State::Failed);
}

void MainWindow::onFailed(const Error &error)
{
    if (m_state == State::Ready) {
        // The database is open; one call failed. Say so without leaving the board.
        statusBar()->showMessage(error.message, 10000);
        return;
    }
    showFailure(tr("Lejek could not open the database"), error.message);
}

void MainWindow::onReady(const QList<Pipeline> &pipelines)
{
    connectViews();
    showPipelines(pipelines);
    if (m_pendingLead) {
        m_cards->open(m_pendingLead);
        m_pendingLead = 0;
    }
    const QString location = m_session->settings().isPostgres() ? m_session->settings().displayName()
                                                                : QDir::toNativeSeparators(m_session->settings().path);
    m_board->setEmptyPipelineText(
        tr("This pipeline has no leads yet. Import them from a spreadsheet or another CRM (File › Import Leads…), "
           "add one with “lejek-cli add --db %1”, or try Lejek with demo data: “lejek-cli demo --db %1” (then View › Refresh).")
            .arg(location));
    connect(&m_session->notifier(), &ChangeNotifier::pipelinesChanged, m_session.get(), &Session::reloadPipelines);
    // The lost stage's form offers these reasons.
    FutureWatch::then(m_board, m_session->pipelines().lostReasons(m_session->principal()), [this](const Result<QList<LostReason>> &reasons) {
        if (reasons)
            m_board->mover()->setLostReasons(*reasons);
    });
    setState(State::Ready);
    m_prefs = std::make_unique<BoardPreferences>(m_session->settings().displayName());
    FutureWatch::then(m_board, m_session->pipelines().users(m_session->principal()),
        [this, pipelines, session = m_session.get()](const Result<QList<User>> &users) {
            if (session != m_session.get() || !m_prefs)
                return; // another database was opened meanwhile
            restorePreferences(pipelines, users ? *users : QList<User>());
        });
}

void MainWindow::onPipelinesLoaded(const QList<Pipeline> &pipelines)
{
    const qint64 current = m_board->pipeline().id;
    const auto it = std::find_if(pipelines.cbegin(), pipelines.cend(), [current](const Pipeline &p) { return p.id == current; });
    if (it != pipelines.cend() && *it == m_board->pipeline()) {
        // Same pipeline, same stages: keep the board, refresh its numbers.
        m_pipelines = pipelines;
        showPipelines(pipelines);
        const QSignalBlocker blocker(m_pipelineBox);
        m_pipelineBox->clear();
        for (const Pipeline &p : pipelines)
            m_pipelineBox->addItem(p.name, p.id);
        m_pipelineBox->setCurrentIndex(m_pipelineBox->findData(current));
        m_board->refresh();
        m_dashboard->refresh();
        return;
    }
    fillPipelineSelector(pipelines, current);
}

void MainWindow::fillPipelineSelector(const QList<Pipeline> &pipelines, qint64 selectId)
{
    m_pipelines = pipelines;
    showPipelines(pipelines);
    {
        const QSignalBlocker blocker(m_pipelineBox);
        m_pipelineBox->clear();
        for (const Pipeline &p : pipelines)
            m_pipelineBox->addItem(p.name, p.id);
    }
    m_pipelineBox->setEnabled(m_state == State::Ready && !pipelines.isEmpty());
    const int index = std::max(0, m_pipelineBox->findData(selectId));
    {
        const QSignalBlocker blocker(m_pipelineBox);
        m_pipelineBox->setCurrentIndex(index);
    }
    onPipelineSelected(m_pipelineBox->currentIndex());
}

void MainWindow::onPipelineSelected(int index)
{
    if (index < 0 || index >= m_pipelines.size()) {
        m_board->setPipeline(Pipeline());
        m_boardAsOf->setPipeline(Pipeline());
        m_dashboard->setPipeline(Pipeline());
        return;
    }
    m_countLabel->setText(tr("Counting leads…"));
    m_board->setPipeline(m_pipelines.at(index));
    m_boardAsOf->setPipeline(m_pipelines.at(index));
    m_dashboard->setPipeline(m_pipelines.at(index));
    if (m_prefs)
        m_prefs->setLastPipelineId(m_pipelines.at(index).id);
    updateTransferActions();
}

void MainWindow::onTotalsLoaded(qint64 totalLeads)
{
    m_countLabel->setText(
        tr("%1 lead(s) in this pipeline", "", NumberFormat::pluralN(totalLeads)).arg(NumberFormat::integer(totalLeads)));
}

void MainWindow::chooseDatabase()
{
    QString folder = QFileInfo(m_location).absolutePath();
    if (m_location.startsWith(u"postgresql://"_s) || !QFileInfo::exists(folder))
        folder = QDir::homePath();
    const QString path
        = FileDialogs::openFileName(this, tr("Open Database"), folder, tr("Lejek databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::updateTransferActions()
{
    const bool open = m_state == State::Ready && m_board->pipeline().id != 0;
    if (m_importAction)
        m_importAction->setEnabled(open);
    if (m_exportAction)
        m_exportAction->setEnabled(open);
    if (m_newLeadAction)
        m_newLeadAction->setEnabled(open);
}

void MainWindow::importLeads()
{
    if (!m_session || !m_session->isOpen() || m_board->pipeline().id == 0)
        return;
    auto *dialog = new ImportDialog(m_session->leads(), m_session->principal(), m_board->pipeline(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal: the database cannot be closed under a running import. The board
    // follows the imported leads through the services' change notifications.
    dialog->open();
}

void MainWindow::exportLeads()
{
    if (!m_session || !m_session->isOpen() || m_board->pipeline().id == 0)
        return;
    auto *dialog = new ExportDialog(m_session->leads(), m_session->principal(), m_board->pipeline(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::refresh()
{
    if (m_session && m_session->isOpen())
        m_session->reloadPipelines();
}

void MainWindow::listLeads(const QString &title, const QList<qint64> &leadIds)
{
    if (!m_session || !m_session->isOpen())
        return;
    auto *list = new LeadListDialog(m_session->leads(), m_session->principal(), m_dashboard->pipeline(), title, leadIds, this);
    list->setAttribute(Qt::WA_DeleteOnClose);
    connect(list, &LeadListDialog::openLeadRequested, this, [this](qint64 id) { m_cards->open(id); });
    // Not modal: the list stays beside the cards it opens. It goes with the database.
    connect(m_session.get(), &QObject::destroyed, list, &QWidget::close);
    list->show();
    Q_EMIT leadListOpened(list);
}

void MainWindow::newLead()
{
    if (m_session && m_session->isOpen() && m_board->pipeline().id != 0)
        m_cards->openNew(m_board->pipeline().id);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Lejek"),
        tr("<h3>Lejek %1</h3>"
           "<p>Lejek runs your B2B sales pipelines: every lead moves through clear stages, "
           "from the first contact to a signed deal.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(LEJEK_VERSION)));
}

} // namespace lejek::app
