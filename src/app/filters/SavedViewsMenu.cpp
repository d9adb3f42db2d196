// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedViewsMenu.h"

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

SavedViewsMenu::SavedViewsMenu(QWidget *parent) : QMenu(parent)
{
    m_save = new QAction(tr("Save current view…"), this);
    m_save->setToolTip(tr("Keep the current filters and sort under a name"));
    // The action is the context, not the menu: see rebuild().
    connect(m_save, &QAction::triggered, m_save, [this] { Q_EMIT saveRequested(); });
    m_delete = new QMenu(tr("Delete view"), this);
    rebuild();
}

void SavedViewsMenu::setViews(const QList<SavedBoardView> &views, const BoardFilterState &current)
{
    m_views = views;
    m_current = current;
    rebuild();
}

void SavedViewsMenu::setTrailingMenu(QMenu *menu)
{
    m_trailing = menu;
    rebuild();
}

QAction *SavedViewsMenu::viewAction(const QString &name) const
{
    for (QAction *a : actions())
        if (a->data().toString() == name && a->isCheckable())
            return a;
    return nullptr;
}

QAction *SavedViewsMenu::deleteAction(const QString &name) const
{
    for (QAction *a : m_delete->actions())
        if (a->data().toString() == name)
            return a;
    return nullptr;
}

void SavedViewsMenu::rebuild()
{
    // Entries of the previous build go (later: one of them may be emitting right now);
    // the save action stays in place: removing an action from a QMenu cuts every
    // connection from it to the menu. Not QMenu::clear(), which deletes at once every
    // action the menu owns, the save action included.
    for (QMenu *menu : {static_cast<QMenu *>(this), m_delete}) {
        for (QAction *a : menu->actions()) {
            if (a == m_save)
                continue;
            menu->removeAction(a);
            if (a->parent() == menu)
                a->deleteLater();
        }
    }
    if (!actions().contains(m_save))
        addAction(m_save);
    if (m_views.isEmpty()) {
        QAction *none = addAction(tr("No saved views yet"));
        none->setEnabled(false);
    } else {
        addSection(tr("Saved views"));
        for (const SavedBoardView &view : m_views) {
            QAction *apply = addAction(view.name);
            apply->setData(view.name);
            apply->setCheckable(true);
            apply->setChecked(view.state == m_current);
            connect(apply, &QAction::triggered, this, [this, name = view.name] { Q_EMIT applyRequested(name); });
            QAction *remove = m_delete->addAction(view.name);
            remove->setData(view.name);
            connect(remove, &QAction::triggered, this, [this, name = view.name] { Q_EMIT deleteRequested(name); });
        }
        addMenu(m_delete);
    }
    if (m_trailing) {
        addSeparator();
        addMenu(m_trailing);
    }
}

} // namespace lejek::app
