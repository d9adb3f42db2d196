// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QListView;
class QToolButton;

namespace lejek::app {

class TimelineModel;

// The card's Timeline tab: the lead's history newest first (TimelineModel, painted by
// TimelineDelegate), paged in as it scrolls, filtered by kind, with Log… to add a note,
// call, meeting or e-mail (logRequested; the card asks for the details).
class LeadTimelineBox : public QWidget
{
    Q_OBJECT
public:
    explicit LeadTimelineBox(QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    void setLogEnabled(bool enabled);

Q_SIGNALS:
    void logRequested(const QString &kind);

private:
    QComboBox *m_filter;
    QToolButton *m_log;
    QListView *m_view;
    TimelineModel *m_model;
};

} // namespace lejek::app
