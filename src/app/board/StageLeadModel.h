// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Lead.h"
#include "LeadFilter.h"
#include "PageRequest.h"
#include "Pipeline.h"
#include "Principal.h"
#include "Stage.h"
#include "StageTotals.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <functional>
#include <optional>

namespace lejek {
class LeadService;
}

namespace lejek::app {

// The leads of one stage as a virtual list. The row count is the stage's count from
// the aggregate totals; rows arrive in pages of PageSize fetched from the service when
// a view first asks for one of their rows, kept in a sparse cache by page index.
//
// Two things sit on top of the server's rows:
// - optimistic moves: a lead moved away is hidden at once, a lead moved here is pinned
//   at the top, until the move is refused (revert) or committed and a reload shows
//   the server's rows again (settle);
// - reload(): fetches the cached pages again and swaps them in all at once with the
//   new totals, keeping selection and current item on the same leads (by id) and the
//   view's scroll position, so a refresh never flickers or jumps.
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
        PendingRole, // moved here, waiting for the services to confirm
        NoticeRole, // why the last move of this lead was refused; empty otherwise
        VersionRole,
        NextTaskDueRole, // QDateTime of the earliest open task; invalid without one
        TaskOverdueRole, // that task is past due
        ReadinessRole, // the next stage's badge: "2/4", "✓", or empty (Readiness::badge)
        SlaDueRole, // QDateTime the running SLA tier is due (first contact, then decision); invalid: none runs
        SlaBreachedRole, // that due time has passed
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 40;
    // Page queries sent to the store at once, and wishes kept waiting behind them.
    static constexpr int MaxPagesInFlight = 2;
    static constexpr int MaxQueuedPages = 4;
    // A reload reads again this many of the most recently shown pages.
    static constexpr int ReloadedPages = 3;
    using Clock = std::function<QDateTime()>;

    StageLeadModel(LeadService &service, Principal principal, qint64 pipelineId, Stage stage, QObject *parent = nullptr);
    ~StageLeadModel() override;

    const Stage &stage() const { return m_stage; }
    // The pipeline the column belongs to: the readiness badge reads the next stage's gate.
    void setPipeline(const Pipeline &pipeline) { m_pipeline = pipeline; }
    qint64 pipelineId() const { return m_pipelineId; }
    // The server's totals with the optimistic moves applied: what the header shows.
    StageTotals totals() const;
    // For tests and time travel: what "now" is when counting days.
    void setClock(Clock clock);
    // Order and filter of the rows; they take effect with the next reload(), which
    // brings the matching totals too (so the count and the rows never disagree).
    void setSort(LeadSort sort, bool descending);
    void setFilter(const LeadFilter &filter);
    const LeadFilter &filter() const { return m_filter; }

    // The stage's count and sums; rows are added or removed at the end to match.
    void setTotals(const StageTotals &totals);
    // Every cached page is stale: views repaint and re-request what they show.
    void invalidate();
    // Fetches the cached pages again and applies them together with `totals`;
    // reloaded() follows. Settled optimistic moves are dropped then.
    void reload(const StageTotals &totals);
    bool isReloading() const { return m_reload.has_value(); }

    // The lead if its page is cached (or it is pinned here).
    std::optional<Lead> cachedLead(qint64 leadId) const;
    bool containsLead(qint64 leadId) const { return cachedLead(leadId).has_value(); }
    // The row showing the lead, or -1 when it is not loaded.
    int rowOfLead(qint64 leadId) const;
    // Pages asked for and not answered yet.
    int pendingRequests() const { return m_pending; }
    bool isPageCached(int page) const { return m_pages.contains(page) && m_pages.value(page).generation > 0; }

    // Optimistic moves, identified by a token the caller chooses.
    void hideLead(quint64 token, qint64 leadId);
    void pinLead(quint64 token, const Lead &lead);
    // The move was refused: the lead shows where it was.
    void revert(quint64 token);
    // The move committed: its overlay goes with the next reload that starts from now.
    void settle(quint64 token);
    bool hasOverlay(quint64 token) const;
    // A refusal shown on the lead's card until the next move or reload.
    void setNotice(qint64 leadId, const QString &text);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }

Q_SIGNALS:
    void totalsChanged();
    void pageLoaded(int page);
    void reloaded();
    void loadFailed(const QString &message);

private:
    struct Page {
        QList<Lead> leads;
        quint64 generation = 0; // of the data held; 0: nothing yet
        quint64 requestedGeneration = 0; // of the last request
        quint64 lastUsed = 0;
    };
    struct Hidden {
        quint64 token = 0;
        qint64 leadId = 0;
        Lead lead;
    };
    struct Pinned {
        quint64 token = 0;
        Lead lead;
    };
    struct Reload {
        quint64 number = 0;
        quint64 generation = 0;
        StageTotals totals;
        QSet<int> waiting;
        QHash<int, QList<Lead>> arrived;
    };

    // Ask: a row that is not cached (or stale) has its page requested, as a view's
    // paint wants; CachedOnly: what is at hand, with no query and no cache bookkeeping.
    enum class Fetch { Ask, CachedOnly };
    const Lead *leadAt(int row, Fetch fetch = Fetch::Ask) const;
    const Lead *serverLeadAt(int serverRow, Fetch fetch) const;
    int serverRowOf(qint64 leadId) const;
    int visibleRowOfServerRow(int serverRow) const;
    int serverRowOfVisibleRow(int row) const;
    void requestPage(int page) const;
    void sendQueued() const;
    void pageArrived(int page, quint64 generation, const Result<StagePage> &result);
    void applyReload();
    void resizeTo(int count);
    int visibleCount() const;
    void evictPages();
    QVariant leadData(const Lead &lead, int role) const;

    LeadService &m_service;
    Principal m_principal; // whose leads the column lists
    qint64 m_pipelineId;
    Stage m_stage;
    Pipeline m_pipeline;
    StageTotals m_totals; // the server's
    int m_rowCount = 0;
    LeadSort m_sort = LeadSort::LastActivity;
    bool m_descending = true;
    LeadFilter m_filter;
    Clock m_clock;
    quint64 m_generation = 1;
    mutable QHash<int, Page> m_pages;
    mutable int m_pending = 0;
    mutable int m_inFlight = 0;
    mutable QList<int> m_queue; // pages wished for and not sent yet, the newest last
    mutable quint64 m_useCounter = 0;

    // Hidden leads by server row (ascending), pinned leads newest first.
    QMap<int, Hidden> m_hidden;
    QList<Pinned> m_pinned;
    // token -> the reload number after which a committed move's overlay goes.
    QHash<quint64, quint64> m_settled;
    QHash<qint64, QString> m_notices;
    quint64 m_reloadCounter = 0;
    std::optional<Reload> m_reload;
};

} // namespace lejek::app
