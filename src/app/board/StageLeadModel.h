// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Lead.h"
#include "PageRequest.h"
#include "Stage.h"
#include "StageTotals.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace lejek {
class LeadService;
}

namespace lejek::app {

// The leads of one stage as a virtual list. The row count is the stage's count from
// the aggregate totals (setTotals); rows arrive in pages of PageSize fetched from the
// service when a view first asks for one of their rows. Pages are kept in a sparse
// cache by page index, each requested once per generation; invalidate() makes every
// cached page stale, and a stale page keeps showing until its refreshed copy arrives.
class StageLeadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        LeadIdRole = Qt::UserRole + 1,
        CompanyRole,
        ContactRole, // "first last, job title"
        ValueMinorRole, // qint64, minor units; 0 without a deal value
        CurrencyRole,
        OwnerNameRole,
        DaysInStageRole,
        ScoreRole, // int, or invalid when the lead has no score
        RottingRole, // no activity for longer than the stage's rotting days
        LoadedRole, // false while the row's page is on its way
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 40;
    using Clock = std::function<QDateTime()>;

    StageLeadModel(LeadService &service, qint64 pipelineId, Stage stage, QObject *parent = nullptr);
    ~StageLeadModel() override;

    const Stage &stage() const { return m_stage; }
    qint64 pipelineId() const { return m_pipelineId; }
    const StageTotals &totals() const { return m_totals; }
    // For tests and time travel: what "now" is when counting days.
    void setClock(Clock clock);
    void setSort(LeadSort sort, bool descending);

    // The stage's count and sums; rows are added or removed at the end to match.
    void setTotals(const StageTotals &totals);
    // Every cached page is stale: views repaint and re-request what they show.
    void invalidate();
    bool containsLead(qint64 leadId) const;
    // Pages asked for and not answered yet.
    int pendingRequests() const { return m_pending; }
    bool isPageCached(int page) const { return m_pages.contains(page) && m_pages.value(page).generation > 0; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void totalsChanged();
    void pageLoaded(int page);
    void loadFailed(const QString &message);

private:
    struct Page {
        QList<Lead> leads;
        quint64 generation = 0; // of the data held; 0: nothing yet
        quint64 requestedGeneration = 0; // of the last request
        quint64 lastUsed = 0;
    };

    const Lead *leadAt(int row) const;
    void requestPage(int page) const;
    void pageArrived(int page, quint64 generation, const Result<StagePage> &result);
    void evictPages();
    QVariant leadData(const Lead &lead, int role) const;
    int daysSince(const QDateTime &when) const;

    LeadService &m_service;
    qint64 m_pipelineId;
    Stage m_stage;
    StageTotals m_totals;
    int m_rowCount = 0;
    LeadSort m_sort = LeadSort::LastActivity;
    bool m_descending = true;
    Clock m_clock;
    quint64 m_generation = 1;
    mutable QHash<int, Page> m_pages;
    mutable int m_pending = 0;
    mutable quint64 m_useCounter = 0;
};

} // namespace lejek::app
