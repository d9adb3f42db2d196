// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageLeadModel.h"

#include "LeadDragPayload.h"
#include "LeadRoles.h"
#include "LeadService.h"
#include "application/FutureWatch.h"

#include <QFuture>
#include <QMimeData>

#include <algorithm>
#include <limits>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
int clampCount(qint64 count) { return static_cast<int>(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max())); }

qint64 valueOf(const Lead &lead) { return lead.value(u"value"_s).toLongLong(); }
} // namespace

StageLeadModel::StageLeadModel(LeadService &service, Principal principal, qint64 pipelineId, Stage stage, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
    , m_principal(std::move(principal))
    , m_pipelineId(pipelineId)
    , m_stage(std::move(stage))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_totals.stageId = m_stage.id;
}

StageLeadModel::~StageLeadModel() = default;

StageTotals StageLeadModel::totals() const
{
    StageTotals shown = m_totals;
    const auto weighted = [this](qint64 value) { return value * m_stage.probability / 100; };
    for (const Hidden &hidden : m_hidden) {
        --shown.count;
        shown.valueMinor -= valueOf(hidden.lead);
        shown.weightedMinor -= weighted(valueOf(hidden.lead));
    }
    for (const Pinned &pinned : m_pinned) {
        ++shown.count;
        shown.valueMinor += valueOf(pinned.lead);
        shown.weightedMinor += weighted(valueOf(pinned.lead));
    }
    return shown;
}

void StageLeadModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0), index(m_rowCount - 1), {DaysInStageRole, RottingRole, Qt::ToolTipRole});
}

void StageLeadModel::setSort(LeadSort sort, bool descending)
{
    m_sort = sort;
    m_descending = descending;
}

void StageLeadModel::setFilter(const LeadFilter &filter)
{
    m_filter = filter;
}

int StageLeadModel::visibleCount() const
{
    return std::max(0, clampCount(m_totals.count) - static_cast<int>(m_hidden.size()) + static_cast<int>(m_pinned.size()));
}

void StageLeadModel::resizeTo(int count)
{
    if (count > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, count - 1);
        m_rowCount = count;
        endInsertRows();
    } else if (count < m_rowCount) {
        beginRemoveRows(QModelIndex(), count, m_rowCount - 1);
        m_rowCount = count;
        endRemoveRows();
    }
}

void StageLeadModel::setTotals(const StageTotals &totals)
{
    m_totals = totals;
    m_totals.stageId = m_stage.id;
    // Hidden leads beyond the new end are gone from the server's rows anyway.
    const int serverCount = clampCount(m_totals.count);
    for (auto it = m_hidden.begin(); it != m_hidden.end();)
        it = it.key() >= serverCount ? m_hidden.erase(it) : std::next(it);
    const int lastPage = serverCount == 0 ? -1 : (serverCount - 1) / PageSize;
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it.key() > lastPage && it->requestedGeneration <= it->generation)
            it = m_pages.erase(it);
        else
            ++it;
    }
    resizeTo(visibleCount());
    Q_EMIT totalsChanged();
}

void StageLeadModel::invalidate()
{
    ++m_generation;
    m_reload.reset();
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0), index(m_rowCount - 1));
}

void StageLeadModel::reload(const StageTotals &totals)
{
    ++m_generation;
    Reload reload;
    reload.number = ++m_reloadCounter;
    reload.generation = m_generation;
    reload.totals = totals;
    reload.totals.stageId = m_stage.id;
    const int count = clampCount(totals.count);
    const int lastPage = count == 0 ? -1 : (count - 1) / PageSize;
    // The pages the view showed last are read again; the rest of the cache goes with
    // the swap and loads again if the user scrolls back to it.
    QList<std::pair<quint64, int>> recent;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        if (it.key() <= lastPage && (it->generation > 0 || it->requestedGeneration > 0))
            recent.append({it->lastUsed, it.key()});
    std::sort(recent.begin(), recent.end(), std::greater<>());
    for (qsizetype i = 0; i < recent.size() && i < ReloadedPages; ++i)
        reload.waiting.insert(recent.at(i).second);
    // Older wishes are answered by the reload or asked again when they show.
    m_pending -= static_cast<int>(m_queue.size());
    m_queue.clear();
    m_reload = std::move(reload);
    if (m_reload->waiting.isEmpty()) {
        applyReload();
        return;
    }
    for (int page : std::as_const(m_reload->waiting))
        requestPage(page);
}

void StageLeadModel::applyReload()
{
    const Reload reload = std::move(*m_reload);
    m_reload.reset();

    // Which lead each persistent index (selection, current item) points at now.
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> persistentLeads;
    persistentLeads.reserve(persistent.size());
    for (const QModelIndex &index : persistent) {
        // What is cached now: asking the store here would fetch pages the swap drops.
        const Lead *lead = leadAt(index.row(), Fetch::CachedOnly);
        persistentLeads.append(lead ? lead->id : 0);
    }

    const auto dropped = [&](quint64 token) {
        const auto it = m_settled.constFind(token);
        return it != m_settled.cend() && *it < reload.number;
    };
    int newCount = clampCount(reload.totals.count);
    for (const Pinned &pinned : std::as_const(m_pinned))
        if (!dropped(pinned.token))
            ++newCount;
    // A hidden lead stays hidden only if the new rows still hold it; count it below.

    if (newCount > m_rowCount)
        resizeTo(newCount);

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_totals = reload.totals;
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (reload.arrived.contains(it.key()) || it->requestedGeneration > reload.generation)
            ++it;
        else
            it = m_pages.erase(it); // stale, and not fetched again: would mix old and new rows
    }
    for (auto it = reload.arrived.cbegin(); it != reload.arrived.cend(); ++it) {
        Page &page = m_pages[it.key()];
        page.leads = *it;
        page.generation = reload.generation;
        page.requestedGeneration = std::max(page.requestedGeneration, reload.generation);
        page.lastUsed = ++m_useCounter;
    }
    m_pinned.removeIf([&](const Pinned &pinned) { return dropped(pinned.token); });
    const QList<Hidden> hidden = m_hidden.values();
    m_hidden.clear();
    for (const Hidden &h : hidden) {
        if (dropped(h.token))
            continue;
        const int row = serverRowOf(h.leadId);
        if (row >= 0)
            m_hidden.insert(row, h);
    }
    for (auto it = m_settled.begin(); it != m_settled.end();)
        it = it.value() < reload.number ? m_settled.erase(it) : std::next(it);

    const int count = visibleCount();
    QModelIndexList to;
    to.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        int row = persistentLeads.at(i) ? rowOfLead(persistentLeads.at(i)) : -1;
        if (row < 0 && persistentLeads.at(i) == 0 && persistent.at(i).row() < count)
            row = persistent.at(i).row(); // not loaded: keep its place
        to.append(row >= 0 && row < m_rowCount ? index(row) : QModelIndex());
    }
    changePersistentIndexList(persistent, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);

    resizeTo(count);
    evictPages();
    Q_EMIT totalsChanged();
    for (auto it = reload.arrived.cbegin(); it != reload.arrived.cend(); ++it)
        Q_EMIT pageLoaded(it.key());
    Q_EMIT reloaded();
}

std::optional<Lead> StageLeadModel::cachedLead(qint64 leadId) const
{
    for (const Pinned &pinned : m_pinned)
        if (pinned.lead.id == leadId)
            return pinned.lead;
    const int row = serverRowOf(leadId);
    if (row < 0 || m_hidden.contains(row))
        return std::nullopt;
    return m_pages.value(row / PageSize).leads.at(row % PageSize);
}

int StageLeadModel::serverRowOf(qint64 leadId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it->generation == 0)
            continue;
        for (qsizetype i = 0; i < it->leads.size(); ++i)
            if (it->leads.at(i).id == leadId)
                return it.key() * PageSize + static_cast<int>(i);
    }
    return -1;
}

int StageLeadModel::rowOfLead(qint64 leadId) const
{
    for (qsizetype i = 0; i < m_pinned.size(); ++i)
        if (m_pinned.at(i).lead.id == leadId)
            return static_cast<int>(i);
    const int serverRow = serverRowOf(leadId);
    return serverRow < 0 ? -1 : visibleRowOfServerRow(serverRow);
}

int StageLeadModel::visibleRowOfServerRow(int serverRow) const
{
    if (m_hidden.contains(serverRow))
        return -1;
    const auto before = std::distance(m_hidden.cbegin(), m_hidden.lowerBound(serverRow));
    return static_cast<int>(m_pinned.size()) + serverRow - static_cast<int>(before);
}

int StageLeadModel::serverRowOfVisibleRow(int row) const
{
    int serverRow = row - static_cast<int>(m_pinned.size());
    if (serverRow < 0)
        return -1;
    for (auto it = m_hidden.cbegin(); it != m_hidden.cend() && it.key() <= serverRow; ++it)
        ++serverRow;
    return serverRow;
}

bool StageLeadModel::hasOverlay(quint64 token) const
{
    return std::any_of(m_pinned.cbegin(), m_pinned.cend(), [token](const Pinned &p) { return p.token == token; })
           || std::any_of(m_hidden.cbegin(), m_hidden.cend(), [token](const Hidden &h) { return h.token == token; });
}

void StageLeadModel::hideLead(quint64 token, qint64 leadId)
{
    m_notices.remove(leadId);
    for (qsizetype i = 0; i < m_pinned.size(); ++i) {
        if (m_pinned.at(i).lead.id != leadId)
            continue;
        // Moved on before the refresh: the earlier move is committed or pending on its own
        // token; this one only takes the card away (a revert brings it back from the server).
        beginRemoveRows(QModelIndex(), static_cast<int>(i), static_cast<int>(i));
        m_pinned.removeAt(i);
        --m_rowCount;
        endRemoveRows();
        Q_EMIT totalsChanged();
        return;
    }
    const int serverRow = serverRowOf(leadId);
    if (serverRow < 0 || m_hidden.contains(serverRow))
        return;
    const int row = visibleRowOfServerRow(serverRow);
    beginRemoveRows(QModelIndex(), row, row);
    m_hidden.insert(serverRow, Hidden{token, leadId, m_pages.value(serverRow / PageSize).leads.at(serverRow % PageSize)});
    --m_rowCount;
    endRemoveRows();
    Q_EMIT totalsChanged();
}

void StageLeadModel::pinLead(quint64 token, const Lead &lead)
{
    m_notices.remove(lead.id);
    beginInsertRows(QModelIndex(), 0, 0);
    Lead shown = lead;
    shown.stageId = m_stage.id;
    m_pinned.prepend(Pinned{token, shown});
    ++m_rowCount;
    endInsertRows();
    Q_EMIT totalsChanged();
}

void StageLeadModel::revert(quint64 token)
{
    m_settled.remove(token);
    for (qsizetype i = 0; i < m_pinned.size(); ++i) {
        if (m_pinned.at(i).token != token)
            continue;
        beginRemoveRows(QModelIndex(), static_cast<int>(i), static_cast<int>(i));
        m_pinned.removeAt(i);
        --m_rowCount;
        endRemoveRows();
        --i;
    }
    for (auto it = m_hidden.begin(); it != m_hidden.end();) {
        if (it->token != token) {
            ++it;
            continue;
        }
        const int serverRow = it.key();
        it = m_hidden.erase(it);
        const int row = visibleRowOfServerRow(serverRow);
        beginInsertRows(QModelIndex(), row, row);
        ++m_rowCount;
        endInsertRows();
    }
    Q_EMIT totalsChanged();
}

void StageLeadModel::settle(quint64 token)
{
    if (hasOverlay(token))
        m_settled.insert(token, m_reloadCounter);
    const QModelIndex first = index(0);
    if (!m_pinned.isEmpty())
        Q_EMIT dataChanged(first, index(static_cast<int>(m_pinned.size()) - 1), {PendingRole});
}

void StageLeadModel::setNotice(qint64 leadId, const QString &text)
{
    if (text.isEmpty())
        m_notices.remove(leadId);
    else
        m_notices.insert(leadId, text);
    if (const int row = rowOfLead(leadId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

int StageLeadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

Qt::ItemFlags StageLeadModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A card is dragged by its id; it never accepts a drop onto itself (the column does).
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (leadAt(index.row()))
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QHash<int, QByteArray> StageLeadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LeadIdRole, "leadId");
    names.insert(CompanyRole, "company");
    names.insert(ContactRole, "contact");
    names.insert(ValueMinorRole, "valueMinor");
    names.insert(CurrencyRole, "currency");
    names.insert(OwnerNameRole, "ownerName");
    names.insert(DaysInStageRole, "daysInStage");
    names.insert(ScoreRole, "score");
    names.insert(RottingRole, "rotting");
    names.insert(LoadedRole, "loaded");
    names.insert(PendingRole, "pending");
    names.insert(NoticeRole, "notice");
    names.insert(VersionRole, "version");
    names.insert(NextTaskDueRole, "nextTaskDue");
    names.insert(TaskOverdueRole, "taskOverdue");
    return names;
}

QStringList StageLeadModel::mimeTypes() const
{
    return {LeadDragPayload::MimeType};
}

QMimeData *StageLeadModel::mimeData(const QModelIndexList &indexes) const
{
    LeadDragPayload payload;
    payload.pipelineId = m_pipelineId;
    QModelIndexList sorted = indexes;
    std::sort(sorted.begin(), sorted.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(sorted)) {
        if (const Lead *lead = index.isValid() ? leadAt(index.row()) : nullptr)
            payload.leads.append({lead->id, m_stage.id, lead->version});
    }
    if (payload.leads.isEmpty())
        return nullptr;
    return payload.toMimeData();
}

const Lead *StageLeadModel::leadAt(int row, Fetch fetch) const
{
    if (row < 0)
        return nullptr;
    if (row < m_pinned.size())
        return &m_pinned.at(row).lead;
    return serverLeadAt(serverRowOfVisibleRow(row), fetch);
}

const Lead *StageLeadModel::serverLeadAt(int serverRow, Fetch fetch) const
{
    if (serverRow < 0 || serverRow >= clampCount(m_totals.count))
        return nullptr;
    const int pageIndex = serverRow / PageSize;
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        if (fetch == Fetch::Ask)
            requestPage(pageIndex);
        return nullptr;
    }
    if (fetch == Fetch::Ask) {
        it->lastUsed = ++m_useCounter;
        if (it->generation < m_generation && it->requestedGeneration < m_generation)
            requestPage(pageIndex);
    }
    const int offset = serverRow % PageSize;
    if (it->generation == 0 || offset >= it->leads.size())
        return nullptr;
    return &it->leads[offset];
}

QVariant StageLeadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lead *lead = leadAt(index.row());
    if (lead)
        return leadData(*lead, role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("Loading…");
    case LoadedRole:
    case PendingRole:
        return false;
    default:
        return {};
    }
}

QVariant StageLeadModel::leadData(const Lead &lead, int role) const
{
    switch (role) {
    case LoadedRole:
        return true;
    case PendingRole:
        return std::any_of(m_pinned.cbegin(), m_pinned.cend(),
            [&](const Pinned &p) { return p.lead.id == lead.id && !m_settled.contains(p.token); });
    case NoticeRole:
        return m_notices.value(lead.id);
    default:
        return LeadRoles(m_stage, m_clock, m_pipeline.id ? &m_pipeline : nullptr).value(lead, role, m_notices.value(lead.id));
    }
}

void StageLeadModel::requestPage(int page) const
{
    Page &entry = m_pages[page];
    entry.requestedGeneration = m_generation;
    entry.lastUsed = ++m_useCounter;
    ++m_pending;
    // A scroll bar dragged through 120k rows asks for a page every frame: only a few go
    // to the store at a time, the newest wish first, and wishes the view has moved past
    // are dropped, so the page the user stops on comes next instead of last.
    m_queue.removeAll(page);
    m_queue.append(page);
    while (m_queue.size() > MaxQueuedPages) {
        const auto oldest = std::find_if(m_queue.cbegin(), m_queue.cend(),
            [this](int p) { return !(m_reload && m_reload->waiting.contains(p)); });
        if (oldest == m_queue.cend())
            break;
        const int dropped = *oldest;
        m_queue.erase(oldest);
        --m_pending;
        auto it = m_pages.find(dropped);
        if (it != m_pages.end()) {
            if (it->generation == 0)
                m_pages.erase(it); // never loaded: asked again when it shows
            else
                it->requestedGeneration = it->generation;
        }
    }
    sendQueued();
}

void StageLeadModel::sendQueued() const
{
    while (m_inFlight < MaxPagesInFlight && !m_queue.isEmpty()) {
        const int page = m_queue.takeLast();
        ++m_inFlight;
        PageRequest request;
        request.stageId = m_stage.id;
        request.filter = m_filter;
        request.sort = m_sort;
        request.descending = m_descending;
        request.limit = PageSize;
        request.offset = page * PageSize;
        if (auto it = m_pages.find(page); it != m_pages.end())
            it->requestedGeneration = m_generation;
        auto *self = const_cast<StageLeadModel *>(this);
        FutureWatch::then(self, m_service.stagePage(m_principal, m_pipelineId, request),
            [self, page, generation = m_generation](const Result<StagePage> &result) {
                --self->m_inFlight;
                self->pageArrived(page, generation, result);
                self->sendQueued();
            });
    }
}

void StageLeadModel::pageArrived(int page, quint64 generation, const Result<StagePage> &result)
{
    --m_pending;
    if (m_reload && generation == m_reload->generation) {
        if (result)
            m_reload->arrived.insert(page, result->leads);
        else
            Q_EMIT loadFailed(result.error().message);
        m_reload->waiting.remove(page);
        if (m_reload->waiting.isEmpty())
            applyReload();
        return;
    }
    auto it = m_pages.find(page);
    if (it == m_pages.end())
        return; // rows removed meanwhile
    if (!result) {
        Q_EMIT loadFailed(result.error().message);
        return;
    }
    if (generation < it->generation)
        return; // an older answer overtaken by a newer one
    it->leads = result->leads;
    it->generation = generation;
    // The rows this page feeds, as they show now (hidden leads shift them).
    const int first = visibleRowOfServerRow(page * PageSize);
    const int last = std::min(first + PageSize, m_rowCount) - 1;
    if (first >= 0 && first <= last)
        Q_EMIT dataChanged(index(first), index(last));
    else if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0), index(m_rowCount - 1));
    evictPages();
    Q_EMIT pageLoaded(page);
}

void StageLeadModel::evictPages()
{
    while (m_pages.size() > MaxCachedPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            const bool inFlight = it->requestedGeneration > it->generation;
            if (!inFlight && (oldest == m_pages.end() || it->lastUsed < oldest->lastUsed))
                oldest = it;
        }
        if (oldest == m_pages.end())
            return;
        m_pages.erase(oldest);
    }
}

} // namespace lejek::app
