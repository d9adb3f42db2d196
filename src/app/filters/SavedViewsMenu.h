// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoardFilterState.h"

#include <QMenu>

namespace lejek::app {

// The filter bar's Views menu: save the current filter and sort under a name, apply a
// saved view (the one matching the board is checked), delete one. It only asks; the
// bar owns the views and changes them.
class SavedViewsMenu : public QMenu
{
    Q_OBJECT
public:
    explicit SavedViewsMenu(QWidget *parent = nullptr);

    // Rebuilds the entries; `current` is checked when a view equals it.
    void setViews(const QList<SavedBoardView> &views, const BoardFilterState &current);
    // Shown last, under a separator (the bar's "I am" menu).
    void setTrailingMenu(QMenu *menu);

    QAction *saveAction() const { return m_save; }
    QAction *viewAction(const QString &name) const;
    QAction *deleteAction(const QString &name) const;

Q_SIGNALS:
    void saveRequested();
    void applyRequested(const QString &name);
    void deleteRequested(const QString &name);

private:
    void rebuild();

    QList<SavedBoardView> m_views;
    BoardFilterState m_current;
    QAction *m_save;
    QMenu *m_delete;
    QMenu *m_trailing = nullptr;
};

} // namespace lejek::app
