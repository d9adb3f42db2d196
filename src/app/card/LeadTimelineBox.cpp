// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadTimelineBox.h"

#include "TimelineDelegate.h"
#include "TimelineModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

LeadTimelineBox::LeadTimelineBox(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QComboBox(this))
    , m_log(new QToolButton(this))
    , m_view(new QListView(this))
    , m_model(new TimelineModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *header = new QHBoxLayout;
    header->addStretch(1);
    m_log->setText(tr("&Log…"));
    m_log->setToolTip(tr("Log a note, a call, a meeting or an e-mail"));
    m_log->setPopupMode(QToolButton::InstantPopup);
    auto *logMenu = new QMenu(m_log);
    for (const QString &kind : {u"note"_s, u"call"_s, u"meeting"_s, u"email_sent"_s, u"email_received"_s})
        logMenu->addAction(TimelineModel::kindLabel(kind), this, [this, kind] { Q_EMIT logRequested(kind); });
    m_log->setMenu(logMenu);
    header->addWidget(m_log);
    m_filter->setAccessibleName(tr("Show in the timeline"));
    m_filter->addItem(tr("Everything"), -1);
    for (const TimelineEntry::Category c : TimelineEntry::categories())
        m_filter->addItem(TimelineModel::categoryLabel(c), static_cast<int>(c));
    header->addWidget(m_filter);
    layout->addLayout(header);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Timeline"));
    layout->addWidget(m_view);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int c = m_filter->currentData().toInt();
        m_model->setCategories(c < 0 ? QList<TimelineEntry::Category>{} : QList<TimelineEntry::Category>{static_cast<TimelineEntry::Category>(c)});
    });
    // A page that does not fill the view asks for the next at once.
    connect(m_model, &TimelineModel::pageLoaded, this, [this] {
        // After the view has laid the new rows out: only then does its scroll bar know.
        QTimer::singleShot(0, this, [this] {
            if (m_model->canFetchMore({}) && m_view->isVisible() && m_view->verticalScrollBar()->maximum() == 0)
                m_model->fetchMore({});
        });
    });
}

void LeadTimelineBox::setLogEnabled(bool enabled) { m_log->setEnabled(enabled); }

} // namespace lejek::app
