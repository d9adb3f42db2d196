// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageLeadModel.h"

#include "LeadService.h"
#include "Money.h"
#include "application/FutureWatch.h"

#include <QFuture>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

StageLeadModel::StageLeadModel(LeadService &service, qint64 pipelineId, Stage stage, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
    , m_pipelineId(pipelineId)
    , m_stage(std::move(stage))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_totals.stageId = m_stage.id;
}

StageLeadModel::~StageLeadModel() = default;

void StageLeadModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0), index(m_rowCount - 1), {DaysInStageRole, RottingRole, Qt::ToolTipRole});
}

void StageLeadModel::setSort(LeadSort sort, bool descending)
{
    if (sort == m_sort && descending == m_descending)
        return;
    m_sort = sort;
    m_descending = descending;
    invalidate();
}

void StageLeadModel::setTotals(const StageTotals &totals)
{
    const int count = static_cast<int>(std::clamp<qint64>(totals.count, 0, std::numeric_limits<int>::max()));
    m_totals = totals;
    m_totals.stageId = m_stage.id;
    if (count > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, count - 1);
        m_rowCount = count;
        endInsertRows();
    } else if (count < m_rowCount) {
        beginRemoveRows(QModelIndex(), count, m_rowCount - 1);
        m_rowCount = count;
        const int lastPage = count == 0 ? -1 : (count - 1) / PageSize;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > lastPage && it->requestedGeneration <= it->generation)
                it = m_pages.erase(it);
            else
                ++it;
        }
        endRemoveRows();
    }
    Q_EMIT totalsChanged();
}

void StageLeadModel::invalidate()
{
    ++m_generation;
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0), index(m_rowCount - 1));
}

bool StageLeadModel::containsLead(qint64 leadId) const
{
    for (const Page &page : std::as_const(m_pages))
        for (const Lead &lead : page.leads)
            if (lead.id == leadId)
                return true;
    return false;
}

int StageLeadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

Qt::ItemFlags StageLeadModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Ready for the board's drag and drop: a card is dragged by its id.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
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
    return names;
}

const Lead *StageLeadModel::leadAt(int row) const
{
    const int pageIndex = row / PageSize;
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        requestPage(pageIndex);
        return nullptr;
    }
    it->lastUsed = ++m_useCounter;
    if (it->generation < m_generation && it->requestedGeneration < m_generation)
        requestPage(pageIndex);
    const int offset = row % PageSize;
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
        return false;
    default:
        return {};
    }
}

QVariant StageLeadModel::leadData(const Lead &lead, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return lead.displayName();
    case LeadIdRole:
        return lead.id;
    case CompanyRole:
        return lead.value(u"company"_s).toString();
    case ContactRole: {
        QStringList parts;
        if (const QString name = lead.contactName(); !name.isEmpty())
            parts.append(name);
        if (const QString jobTitle = lead.value(u"job_title"_s).toString().trimmed(); !jobTitle.isEmpty())
            parts.append(jobTitle);
        return parts.join(u", "_s);
    }
    case ValueMinorRole:
        return lead.value(u"value"_s).toLongLong();
    case CurrencyRole: {
        const QString currency = lead.value(u"currency"_s).toString();
        return currency.isEmpty() ? u"PLN"_s : currency;
    }
    case OwnerNameRole:
        return lead.ownerName;
    case DaysInStageRole:
        return daysSince(lead.stageEnteredAt.isValid() ? lead.stageEnteredAt : lead.createdAt);
    case ScoreRole:
        return lead.isFilled(u"score"_s) ? QVariant(lead.value(u"score"_s).toInt()) : QVariant();
    case RottingRole: {
        if (m_stage.rottingDays <= 0)
            return false;
        const QDateTime last = lead.lastActivityAt.isValid() ? lead.lastActivityAt
            : lead.stageEnteredAt.isValid()                  ? lead.stageEnteredAt
                                                             : lead.createdAt;
        return daysSince(last) > m_stage.rottingDays;
    }
    case LoadedRole:
        return true;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList lines {lead.displayName()};
        if (const QString contact = leadData(lead, ContactRole).toString(); !contact.isEmpty())
            lines.append(contact);
        if (const qint64 value = lead.value(u"value"_s).toLongLong(); value != 0)
            lines.append(tr("Deal value: %1").arg(Money::format(value, leadData(lead, CurrencyRole).toString())));
        lines.append(lead.ownerName.isEmpty() ? tr("No owner yet") : tr("Owner: %1").arg(lead.ownerName));
        lines.append(tr("%Ln day(s) in this stage", "", leadData(lead, DaysInStageRole).toInt()));
        if (const QVariant score = leadData(lead, ScoreRole); score.isValid())
            lines.append(tr("Score: %1").arg(score.toInt()));
        if (leadData(lead, RottingRole).toBool())
            lines.append(tr("Rotting: no activity for more than %n day(s)", "", m_stage.rottingDays));
        return lines.join(role == Qt::ToolTipRole ? u"\n"_s : u"; "_s);
    }
    default:
        return {};
    }
}

int StageLeadModel::daysSince(const QDateTime &when) const
{
    if (!when.isValid())
        return 0;
    const qint64 msecs = when.msecsTo(m_clock());
    return msecs <= 0 ? 0 : static_cast<int>(msecs / (24LL * 60 * 60 * 1000));
}

void StageLeadModel::requestPage(int page) const
{
    Page &entry = m_pages[page];
    entry.requestedGeneration = m_generation;
    entry.lastUsed = ++m_useCounter;
    ++m_pending;
    PageRequest request;
    request.stageId = m_stage.id;
    request.sort = m_sort;
    request.descending = m_descending;
    request.limit = PageSize;
    request.offset = page * PageSize;
    auto *self = const_cast<StageLeadModel *>(this);
    FutureWatch::then(self, m_service.stagePage(m_pipelineId, request),
        [self, page, generation = m_generation](
            const Result<StagePage> &result) { self->pageArrived(page, generation, result); });
}

void StageLeadModel::pageArrived(int page, quint64 generation, const Result<StagePage> &result)
{
    --m_pending;
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
    const int first = page * PageSize;
    const int last = std::min(first + PageSize, m_rowCount) - 1;
    if (first <= last)
        Q_EMIT dataChanged(index(first), index(last));
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
