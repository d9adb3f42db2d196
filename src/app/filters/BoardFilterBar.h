// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoardFilterState.h"
#include "LeadFilter.h"
#include "User.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QActionGroup;
class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace lejek::app {

class SavedViewsMenu;
class ScoreBoundSpinBox;

// The row above the board: search (company, contact, e-mail, NIP, phone), owner
// (everyone, me, my team or one person), source, campaign, score range, rotting
// only, the sort, and the Views menu (save, apply and delete named views; "I am").
//
// It only says what the user chose: filterChanged when the filter changes (typing
// waits TypingDelayMs for a pause, every other control at once) and sortChanged when
// the sort does; each is emitted once per change, never for the same value twice.
// Restoring: setUsers and setCurrentUserId first (Me and My team need the user),
// then setState and setSavedViews.
class BoardFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TypingDelayMs = 250;

    explicit BoardFilterBar(QWidget *parent = nullptr);
    ~BoardFilterBar() override;

    // The people who may own leads (the owner list and the "I am" menu).
    void setUsers(const QList<User> &users);
    // The app's user (0: nobody chosen; then Me and My team ask who you are).
    void setCurrentUserId(qint64 userId);
    qint64 currentUserId() const { return m_currentUserId; }
    std::optional<User> currentUser() const;
    // Suggestions for the campaign field.
    void setCampaigns(const QStringList &campaigns);

    // Sets every control; emits what changed (typing pending included) at once.
    void setState(const BoardFilterState &state);
    const BoardFilterState &state() const { return m_state; }
    LeadFilter filter() const { return m_state.toLeadFilter(currentUser()); }
    LeadSort sort() const { return m_state.sort; }
    bool descending() const { return m_state.descending; }
    // Back to every lead; the sort stays.
    void clearFilters();
    // The filter as people read it ("Owner: Anna Nowak · Source: Webinar"); empty when
    // it shows every lead.
    QString summary() const;

    void setSavedViews(const QList<SavedBoardView> &views);
    const QList<SavedBoardView> &savedViews() const { return m_views; }
    // The current filter and sort under `name` (trimmed; not empty), replacing a view
    // of the same name. False for an empty name.
    bool saveView(const QString &name);
    bool applyView(const QString &name);
    bool deleteView(const QString &name);
    // Asks for a name (a dialog that does not block) and saves the view.
    void askToSaveView();

    SavedViewsMenu *viewsMenu() const { return m_viewsMenu; }
    QMenu *identityMenu() const { return m_identityMenu; }

Q_SIGNALS:
    void filterChanged(const lejek::LeadFilter &filter);
    void sortChanged(lejek::LeadSort sort, bool descending);
    // After filterChanged / sortChanged: the whole state, for BoardPreferences.
    void stateChanged(const lejek::app::BoardFilterState &state);
    void savedViewsChanged(const QList<lejek::app::SavedBoardView> &views);
    // The user chose who they are in the "I am" menu.
    void currentUserChanged(qint64 userId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void retranslate();
    void fillOwnerBox();
    void fillIdentityMenu();
    void syncWidgets();
    void updateViewsMenu();
    void onTextEdited(const QString &edited);
    void onOwnerChosen(int index);
    void onScoreChanged(bool minChanged);
    // Emits what differs from what was last emitted; stops pending typing first.
    void publish();

    BoardFilterState m_state;
    LeadFilter m_publishedFilter;
    LeadSort m_publishedSort = LeadSort::LastActivity;
    bool m_publishedDescending = true;
    BoardFilterState m_publishedState;
    QList<User> m_users;
    qint64 m_currentUserId = 0;
    QList<SavedBoardView> m_views;
    // The scope picked before the user said who they are; applied once they do.
    std::optional<OwnerScope> m_scopeAwaitingUser;
    bool m_syncing = false;
    QTimer m_typingTimer;

    QLineEdit *m_search;
    QComboBox *m_owner;
    QComboBox *m_source;
    QLineEdit *m_campaign;
    QCompleter *m_campaignCompleter;
    ScoreBoundSpinBox *m_minScore;
    ScoreBoundSpinBox *m_maxScore;
    QCheckBox *m_rotting;
    QComboBox *m_sort;
    QToolButton *m_clear;
    QToolButton *m_viewsButton;
    SavedViewsMenu *m_viewsMenu;
    QMenu *m_identityMenu;
    QActionGroup *m_identityGroup;
    QLabel *m_scoreLabel;
    QLabel *m_scoreDash;
    QLabel *m_sortLabel;
};

} // namespace lejek::app
