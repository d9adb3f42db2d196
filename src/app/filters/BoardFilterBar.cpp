// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardFilterBar.h"

#include "LeadFields.h"
#include "Principal.h"
#include "SavedViewsMenu.h"
#include "ScoreBoundSpinBox.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>

#include <algorithm>
#include <utility>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int ScopeRole = Qt::UserRole;
constexpr int UserIdRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole;
constexpr int DescendingRole = Qt::UserRole + 1;
} // namespace

BoardFilterBar::BoardFilterBar(QWidget *parent) : QWidget(parent)
{
    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(TypingDelayMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &BoardFilterBar::publish);
    createWidgets();
    retranslate();
    syncWidgets();
}

BoardFilterBar::~BoardFilterBar() = default;

void BoardFilterBar::createWidgets()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    if (const QIcon find = QIcon::fromTheme(u"edit-find"_s); !find.isNull())
        m_search->addAction(find, QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { onTextEdited(text); });
    connect(m_search, &QLineEdit::returnPressed, this, &BoardFilterBar::publish);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"owner"_s);
    // Names are as long as people's: the closed box keeps its width, the list shows all.
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(10);
    connect(m_owner, &QComboBox::activated, this, &BoardFilterBar::onOwnerChosen);

    m_source = new QComboBox(this);
    m_source->setObjectName(u"source"_s);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_source, &QComboBox::activated, this, [this](int index) {
        if (m_syncing)
            return;
        m_state.source = m_source->itemData(index).toString();
        publish();
    });

    m_campaign = new QLineEdit(this);
    m_campaign->setObjectName(u"campaign"_s);
    m_campaign->setClearButtonEnabled(true);
    m_campaign->setFixedWidth(120);
    m_campaignCompleter = new QCompleter(new QStringListModel(m_campaign), m_campaign);
    m_campaignCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_campaign->setCompleter(m_campaignCompleter);
    connect(m_campaign, &QLineEdit::textChanged, this, [this](const QString &text) { onTextEdited(text); });
    connect(m_campaign, &QLineEdit::returnPressed, this, &BoardFilterBar::publish);

    m_scoreLabel = new QLabel(this);
    m_minScore = new ScoreBoundSpinBox(0, this);
    m_minScore->setObjectName(u"minScore"_s);
    m_scoreDash = new QLabel(u"–"_s, this);
    m_maxScore = new ScoreBoundSpinBox(100, this);
    m_maxScore->setObjectName(u"maxScore"_s);
    m_scoreLabel->setBuddy(m_minScore);
    connect(m_minScore, &QSpinBox::valueChanged, this, [this] { onScoreChanged(true); });
    connect(m_maxScore, &QSpinBox::valueChanged, this, [this] { onScoreChanged(false); });

    m_rotting = new QCheckBox(this);
    m_rotting->setObjectName(u"rottingOnly"_s);
    connect(m_rotting, &QCheckBox::toggled, this, [this](bool on) {
        if (m_syncing)
            return;
        m_state.rottingOnly = on;
        publish();
    });

    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"clearFilters"_s);
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &BoardFilterBar::clearFilters);

    m_sortLabel = new QLabel(this);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(u"sort"_s);
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sortLabel->setBuddy(m_sort);
    connect(m_sort, &QComboBox::activated, this, [this](int index) {
        if (m_syncing)
            return;
        m_state.sort = static_cast<LeadSort>(m_sort->itemData(index, SortRole).toInt());
        m_state.descending = m_sort->itemData(index, DescendingRole).toBool();
        publish();
    });

    m_identityMenu = new QMenu(this);
    m_identityMenu->setObjectName(u"identityMenu"_s);
    m_identityGroup = new QActionGroup(this);
    m_identityGroup->setExclusive(true);
    m_viewsMenu = new SavedViewsMenu(this);
    m_viewsMenu->setObjectName(u"viewsMenu"_s);
    m_viewsMenu->setTrailingMenu(m_identityMenu);
    connect(m_viewsMenu, &SavedViewsMenu::saveRequested, this, &BoardFilterBar::askToSaveView);
    connect(m_viewsMenu, &SavedViewsMenu::applyRequested, this, &BoardFilterBar::applyView);
    connect(m_viewsMenu, &SavedViewsMenu::deleteRequested, this, &BoardFilterBar::deleteView);
    m_viewsButton = new QToolButton(this);
    m_viewsButton->setObjectName(u"views"_s);
    m_viewsButton->setPopupMode(QToolButton::InstantPopup);
    m_viewsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_viewsButton->setMenu(m_viewsMenu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_owner);
    layout->addWidget(m_source);
    layout->addWidget(m_campaign);
    layout->addSpacing(4);
    layout->addWidget(m_scoreLabel);
    layout->addWidget(m_minScore);
    layout->addWidget(m_scoreDash);
    layout->addWidget(m_maxScore);
    layout->addSpacing(4);
    layout->addWidget(m_rotting);
    layout->addWidget(m_clear);
    // The search takes the room left, so its placeholder shows whole.
    layout->addSpacing(8);
    layout->addWidget(m_sortLabel);
    layout->addWidget(m_sort);
    layout->addWidget(m_viewsButton);
}

void BoardFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search company, contact, e-mail, NIP, phone"));
    m_search->setAccessibleName(tr("Search leads"));
    m_search->setToolTip(tr("Every word must appear in the company, contact, e-mail, NIP or phone; "
                            "letter case and Polish characters do not matter"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setToolTip(tr("Whose leads the board shows"));
    m_source->setAccessibleName(tr("Source"));
    m_campaign->setPlaceholderText(tr("Campaign"));
    m_campaign->setAccessibleName(tr("Campaign"));
    m_campaign->setToolTip(tr("Only leads of this campaign (its exact name)"));
    m_scoreLabel->setText(tr("Score"));
    m_minScore->setSpecialValueText(tr("any", "lowest score: no limit"));
    m_minScore->setAccessibleName(tr("Lowest score"));
    m_minScore->setToolTip(tr("Lowest score, included"));
    m_maxScore->setSpecialValueText(tr("any", "highest score: no limit"));
    m_maxScore->setAccessibleName(tr("Highest score"));
    m_maxScore->setToolTip(tr("Highest score, included"));
    m_rotting->setText(tr("Rotting only"));
    m_rotting->setToolTip(tr("Only leads with no activity for longer than their stage's rotting days"));
    m_clear->setText(tr("Clear", "filters"));
    m_clear->setToolTip(tr("Show every lead again; the sort stays"));
    m_sortLabel->setText(tr("Sort"));
    m_sort->setAccessibleName(tr("Sort"));
    m_sort->setToolTip(tr("The order of the cards in every column"));
    m_viewsButton->setText(tr("Views"));
    m_viewsButton->setToolTip(tr("Save the filters and sort as a named view, or apply one"));
    m_identityMenu->setTitle(tr("I am"));

    {
        const bool wasSyncing = std::exchange(m_syncing, true);
        m_source->clear();
        m_source->addItem(tr("Any source"), QString());
        const QHash<QString, QString> labels{
            {u"form"_s, tr("Web form")},        {u"ads"_s, tr("Ads")},
            {u"seo"_s, tr("SEO")},              {u"linkedin"_s, tr("LinkedIn")},
            {u"email_campaign"_s, tr("E-mail campaign")}, {u"webinar"_s, tr("Webinar")},
            {u"event"_s, tr("Event")},          {u"outbound"_s, tr("Outbound")},
            {u"referral"_s, tr("Referral")},    {u"other"_s, tr("Other")},
            {u"existing_customer"_s, tr("Existing customer")}};
        for (const QString &source : LeadFields::sources())
            m_source->addItem(labels.value(source, source), source);

        m_sort->clear();
        const auto addSort = [this](const QString &text, LeadSort sort, bool descending) {
            m_sort->addItem(text);
            m_sort->setItemData(m_sort->count() - 1, static_cast<int>(sort), SortRole);
            m_sort->setItemData(m_sort->count() - 1, descending, DescendingRole);
        };
        addSort(tr("Latest activity", "sort"), LeadSort::LastActivity, true);
        addSort(tr("Oldest activity", "sort"), LeadSort::LastActivity, false);
        addSort(tr("Highest value", "sort"), LeadSort::Value, true);
        addSort(tr("Lowest value", "sort"), LeadSort::Value, false);
        addSort(tr("Highest score", "sort"), LeadSort::Score, true);
        addSort(tr("Lowest score", "sort"), LeadSort::Score, false);
        // Age is the time in the stage: the earliest entry is the oldest.
        addSort(tr("Longest in stage", "sort"), LeadSort::Age, false);
        addSort(tr("Shortest in stage", "sort"), LeadSort::Age, true);
        m_syncing = wasSyncing;
    }
    fillOwnerBox();
    fillIdentityMenu();
    syncWidgets();
}

void BoardFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

std::optional<User> BoardFilterBar::currentUser() const
{
    for (const User &u : m_users)
        if (u.id == m_currentUserId && m_currentUserId)
            return u;
    return std::nullopt;
}

void BoardFilterBar::setUsers(const QList<User> &users)
{
    m_users = users;
    std::sort(m_users.begin(), m_users.end(),
              [](const User &a, const User &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    if (!currentUser() && (m_state.owner == OwnerScope::Me || m_state.owner == OwnerScope::MyTeam))
        m_state.owner = OwnerScope::Everyone;
    fillOwnerBox();
    fillIdentityMenu();
    syncWidgets();
    publish();
}

void BoardFilterBar::setCurrentUserId(qint64 userId)
{
    m_currentUserId = userId;
    // Me without a known user would quietly mean everyone: say so by showing it.
    if (!currentUser() && (m_state.owner == OwnerScope::Me || m_state.owner == OwnerScope::MyTeam))
        m_state.owner = OwnerScope::Everyone;
    fillOwnerBox();
    fillIdentityMenu();
    syncWidgets();
    publish();
}

void BoardFilterBar::setCampaigns(const QStringList &campaigns)
{
    static_cast<QStringListModel *>(m_campaignCompleter->model())->setStringList(campaigns);
}

void BoardFilterBar::fillOwnerBox()
{
    const bool wasSyncing = std::exchange(m_syncing, true);
    m_owner->clear();
    const auto add = [this](const QString &text, OwnerScope scope, qint64 userId, const QString &toolTip) {
        m_owner->addItem(text);
        const int i = m_owner->count() - 1;
        m_owner->setItemData(i, static_cast<int>(scope), ScopeRole);
        m_owner->setItemData(i, userId, UserIdRole);
        m_owner->setItemData(i, toolTip, Qt::ToolTipRole);
    };
    const std::optional<User> me = currentUser();
    add(tr("Everyone"), OwnerScope::Everyone, 0, tr("Every owner's leads, and those without one"));
    add(tr("Me"), OwnerScope::Me, 0, me ? tr("Leads owned by %1").arg(me->name) : tr("Choose who you are first"));
    QString teamTip = tr("Choose who you are first");
    if (me)
        teamTip = me->teamId ? tr("Leads owned by the team %1").arg(me->teamName) : tr("%1 is in no team: only their own leads").arg(me->name);
    add(tr("My team"), OwnerScope::MyTeam, 0, teamTip);
    if (!m_users.isEmpty())
        m_owner->insertSeparator(m_owner->count());
    bool ownerListed = false;
    for (const User &u : m_users) {
        add(u.name, OwnerScope::User, u.id, tr("Leads owned by %1").arg(u.name));
        ownerListed = ownerListed || u.id == m_state.ownerUserId;
    }
    // A view naming someone not (or not yet) in the list still shows what it filters.
    if (m_state.owner == OwnerScope::User && !ownerListed)
        add(tr("User %1").arg(m_state.ownerUserId), OwnerScope::User, m_state.ownerUserId, {});
    m_syncing = wasSyncing;
}

void BoardFilterBar::fillIdentityMenu()
{
    // Later, not QMenu::clear(): this runs while one of these actions is triggering.
    for (QAction *a : m_identityMenu->actions()) {
        m_identityGroup->removeAction(a);
        m_identityMenu->removeAction(a);
        a->deleteLater();
    }
    if (m_users.isEmpty()) {
        m_identityMenu->addAction(tr("No users yet"))->setEnabled(false);
        return;
    }
    for (const User &u : m_users) {
        // The role says what the board will show: a rep's own leads, a manager's team's, all.
        const QString role = Principal::roleName(Principal::roleFromKey(u.role).value_or(Principal::Role::Rep));
        QAction *a = m_identityMenu->addAction(u.teamName.isEmpty() ? tr("%1 (%2)").arg(u.name, role)
                                                                    : tr("%1 (%2, %3)").arg(u.name, role, u.teamName));
        a->setData(u.id);
        a->setCheckable(true);
        a->setChecked(u.id == m_currentUserId);
        m_identityGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, id = u.id] {
            setCurrentUserId(id);
            Q_EMIT currentUserChanged(id);
            if (m_scopeAwaitingUser && currentUser()) {
                m_state.owner = *std::exchange(m_scopeAwaitingUser, std::nullopt);
                syncWidgets();
                publish();
            }
        });
    }
}

void BoardFilterBar::syncWidgets()
{
    const bool wasSyncing = std::exchange(m_syncing, true);
    if (m_search->text() != m_state.text)
        m_search->setText(m_state.text);
    if (m_campaign->text() != m_state.campaign)
        m_campaign->setText(m_state.campaign);
    for (int i = 0; i < m_owner->count(); ++i) {
        const QVariant scope = m_owner->itemData(i, ScopeRole);
        if (scope.isValid() && scope.toInt() == static_cast<int>(m_state.owner)
            && (m_state.owner != OwnerScope::User || m_owner->itemData(i, UserIdRole).toLongLong() == m_state.ownerUserId)) {
            m_owner->setCurrentIndex(i);
            break;
        }
    }
    m_source->setCurrentIndex(std::max(0, m_source->findData(m_state.source)));
    m_minScore->setBound(m_state.minScore);
    m_maxScore->setBound(m_state.maxScore);
    m_rotting->setChecked(m_state.rottingOnly);
    for (int i = 0; i < m_sort->count(); ++i) {
        if (m_sort->itemData(i, SortRole).toInt() == static_cast<int>(m_state.sort)
            && m_sort->itemData(i, DescendingRole).toBool() == m_state.descending) {
            m_sort->setCurrentIndex(i);
            break;
        }
    }
    m_syncing = wasSyncing;
    m_clear->setVisible(!m_state.toLeadFilter(currentUser()).isEmpty() || m_state.owner != OwnerScope::Everyone);
    updateViewsMenu();
}

void BoardFilterBar::updateViewsMenu()
{
    m_viewsMenu->setViews(m_views, m_state);
}

void BoardFilterBar::onTextEdited(const QString &edited)
{
    if (m_syncing)
        return;
    m_state.text = m_search->text();
    m_state.campaign = m_campaign->text();
    // Emptied (its clear button, or all deleted): nothing left to wait for.
    if (edited.trimmed().isEmpty())
        publish();
    else
        m_typingTimer.start();
}

void BoardFilterBar::onOwnerChosen(int index)
{
    if (m_syncing)
        return;
    const auto scope = static_cast<OwnerScope>(m_owner->itemData(index, ScopeRole).toInt());
    if ((scope == OwnerScope::Me || scope == OwnerScope::MyTeam) && !currentUser()) {
        // Ask who "me" is; the choice applies once they answer (fillIdentityMenu).
        m_scopeAwaitingUser = scope;
        syncWidgets();
        m_identityMenu->popup(m_owner->mapToGlobal(QPoint(0, m_owner->height())));
        return;
    }
    m_scopeAwaitingUser.reset();
    m_state.owner = scope;
    m_state.ownerUserId = scope == OwnerScope::User ? m_owner->itemData(index, UserIdRole).toLongLong() : 0;
    publish();
}

void BoardFilterBar::onScoreChanged(bool minChanged)
{
    if (m_syncing)
        return;
    std::optional<int> low = m_minScore->bound();
    std::optional<int> high = m_maxScore->bound();
    // The other end follows, so the range is never empty.
    if (low && high && *low > *high) {
        if (minChanged)
            high = low;
        else
            low = high;
    }
    m_state.minScore = low;
    m_state.maxScore = high;
    publish();
}

void BoardFilterBar::setState(const BoardFilterState &state)
{
    m_state = state;
    if (!currentUser() && (m_state.owner == OwnerScope::Me || m_state.owner == OwnerScope::MyTeam))
        m_state.owner = OwnerScope::Everyone;
    if (m_state.minScore && m_state.maxScore && *m_state.minScore > *m_state.maxScore)
        m_state.maxScore = m_state.minScore;
    fillOwnerBox();
    publish();
}

void BoardFilterBar::clearFilters()
{
    BoardFilterState cleared;
    cleared.sort = m_state.sort;
    cleared.descending = m_state.descending;
    setState(cleared);
}

void BoardFilterBar::publish()
{
    m_typingTimer.stop();
    syncWidgets();
    const LeadFilter f = filter();
    if (f != m_publishedFilter) {
        m_publishedFilter = f;
        Q_EMIT filterChanged(f);
    }
    if (m_state.sort != m_publishedSort || m_state.descending != m_publishedDescending) {
        m_publishedSort = m_state.sort;
        m_publishedDescending = m_state.descending;
        Q_EMIT sortChanged(m_state.sort, m_state.descending);
    }
    if (m_state != m_publishedState) {
        m_publishedState = m_state;
        Q_EMIT stateChanged(m_state);
    }
}

void BoardFilterBar::setSavedViews(const QList<SavedBoardView> &views)
{
    m_views = views;
    updateViewsMenu();
}

bool BoardFilterBar::saveView(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return false;
    publish(); // typing still waiting belongs to the view
    const auto same = std::find_if(m_views.begin(), m_views.end(),
                                   [&](const SavedBoardView &v) { return v.name.compare(trimmed, Qt::CaseInsensitive) == 0; });
    if (same != m_views.end())
        *same = SavedBoardView{trimmed, m_state};
    else
        m_views.append(SavedBoardView{trimmed, m_state});
    updateViewsMenu();
    Q_EMIT savedViewsChanged(m_views);
    return true;
}

bool BoardFilterBar::applyView(const QString &name)
{
    for (const SavedBoardView &view : std::as_const(m_views)) {
        if (view.name == name) {
            setState(view.state);
            return true;
        }
    }
    return false;
}

bool BoardFilterBar::deleteView(const QString &name)
{
    const auto removed = m_views.removeIf([&](const SavedBoardView &v) { return v.name == name; });
    if (!removed)
        return false;
    updateViewsMenu();
    Q_EMIT savedViewsChanged(m_views);
    return true;
}

void BoardFilterBar::askToSaveView()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"saveViewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name of the view (one of the same name is replaced):"));
    connect(dialog, &QInputDialog::textValueSelected, this, &BoardFilterBar::saveView);
    dialog->open();
    // No view without a name: OK waits for one.
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>()) {
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        ok->setEnabled(false);
        connect(dialog, &QInputDialog::textValueChanged, ok,
                [ok](const QString &text) { ok->setEnabled(!text.simplified().isEmpty()); });
    }
}

QString BoardFilterBar::summary() const
{
    QStringList parts;
    if (!m_state.text.trimmed().isEmpty())
        parts.append(tr("search “%1”").arg(m_state.text.trimmed()));
    if (m_state.owner != OwnerScope::Everyone)
        parts.append(tr("owner: %1").arg(m_owner->currentText()));
    if (!m_state.source.isEmpty())
        parts.append(tr("source: %1").arg(m_source->currentText()));
    if (!m_state.campaign.isEmpty())
        parts.append(tr("campaign: %1").arg(m_state.campaign));
    if (m_state.minScore || m_state.maxScore)
        parts.append(tr("score %1 to %2")
                         .arg(m_state.minScore ? QString::number(*m_state.minScore) : tr("any"),
                              m_state.maxScore ? QString::number(*m_state.maxScore) : tr("any")));
    if (m_state.rottingOnly)
        parts.append(tr("rotting only"));
    return parts.join(u" · "_s);
}

} // namespace lejek::app
