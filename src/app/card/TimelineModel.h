// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Principal.h"
#include "TimelinePage.h"

#include <QAbstractListModel>

namespace lejek {
class LeadService;
}

namespace lejek::app {

// A lead's timeline, newest first, a page at a time: the first page when a lead is set,
// the next when the view scrolls to the end (fetchMore), each read on the store's
// thread. Nothing is read twice and no history is ever read whole.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { WhatRole = Qt::UserRole + 1, WhoWhenRole, DetailRole, CategoryRole };

    explicit TimelineModel(QObject *parent = nullptr);

    void setSource(LeadService *leads, const Principal &principal);
    void setLead(qint64 leadId);
    qint64 leadId() const { return m_leadId; }
    // Only these kinds; empty: everything. Reloads.
    void setCategories(const QList<TimelineEntry::Category> &categories);
    // The first page again (after a change to the lead).
    void reload();
    void setPageSize(int size) { m_pageSize = size; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return m_loading; }
    int pagesLoaded() const { return m_pages; }
    const TimelineEntry &entry(int row) const { return m_entries.at(row); }

    // The line a rep reads: "Stage: MQL → SQL", "Call: first contact", "Industry: “” → “Software”".
    static QString what(const TimelineEntry &entry);
    // The line under it: a stage change's note (and whose move it was, for a lead merged
    // into this one), an activity's body (what a merge did not keep, by field name).
    QString detail(const TimelineEntry &entry) const;
    static QString kindLabel(const QString &activityKind);
    static QString categoryLabel(TimelineEntry::Category category);

Q_SIGNALS:
    void pageLoaded();
    void loadFailed(const QString &message);

private:
    void request();

    LeadService *m_leads = nullptr;
    Principal m_principal;
    qint64 m_leadId = 0;
    QList<TimelineEntry::Category> m_categories;
    QList<TimelineEntry> m_entries;
    TimelineCursor m_next;
    bool m_hasMore = false;
    bool m_loading = false;
    int m_pages = 0;
    int m_pageSize = 50;
    quint64 m_epoch = 0; // bumped on every reload; older answers are dropped
};

} // namespace lejek::app
