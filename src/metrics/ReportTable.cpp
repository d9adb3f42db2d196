// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTable.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *s) { return QCoreApplication::translate("lejek::ReportTable", s); }

constexpr double HourMs = 3600.0 * 1000.0;

QVariant share(const std::optional<double> &value) { return value ? QVariant(*value) : QVariant(); }
QVariant hours(const std::optional<qint64> &ms) { return ms ? QVariant(double(*ms) / HourMs) : QVariant(); }

} // namespace

const QStringList &ReportTable::kindKeys()
{
    static const QStringList keys{u"funnel"_s, u"conversion"_s, u"time-in-stage"_s, u"win-rate"_s, u"cycle"_s, u"lost-reasons"_s};
    return keys;
}

bool ReportTable::kindFromKey(const QString &key, Kind *kind)
{
    const qsizetype index = kindKeys().indexOf(key);
    if (index < 0)
        return false;
    *kind = Kind(index);
    return true;
}

ReportTable::ReportTable(Kind kind, const PipelineReport &report)
{
    const bool grouped = report.by != Breakdown::None;
    if (grouped) {
        const QString header = report.by == Breakdown::Owner  ? tr("Owner")
                               : report.by == Breakdown::Team ? tr("Team")
                               : report.by == Breakdown::Source ? tr("Source")
                                                                : tr("Campaign");
        m_columns.append({u"group"_s, header, Type::Text});
    }
    switch (kind) {
    case Kind::Funnel:
        m_columns += {{u"stage"_s, tr("Stage"), Type::Text}, {u"reached"_s, tr("Reached"), Type::Count},
                      {u"conversion"_s, tr("From the stage before"), Type::Share}};
        break;
    case Kind::Conversion:
        m_columns += {{u"from"_s, tr("From"), Type::Text}, {u"to"_s, tr("To"), Type::Text}, {u"reached_from"_s, tr("Reached from"), Type::Count},
                      {u"reached_to"_s, tr("Reached to"), Type::Count}, {u"conversion"_s, tr("Conversion"), Type::Share}};
        break;
    case Kind::TimeInStage:
        m_columns += {{u"stage"_s, tr("Stage"), Type::Text}, {u"stays"_s, tr("Stays ended"), Type::Count},
                      {u"median_hours"_s, tr("Median"), Type::Hours}, {u"p90_hours"_s, tr("p90"), Type::Hours},
                      {u"still_there"_s, tr("Still there"), Type::Count}, {u"oldest_hours"_s, tr("Oldest"), Type::Hours}};
        break;
    case Kind::WinRate:
        m_columns += {{u"won"_s, tr("Won"), Type::Count}, {u"lost"_s, tr("Lost"), Type::Count}, {u"win_rate"_s, tr("Win rate"), Type::Share}};
        break;
    case Kind::Cycle:
        m_columns += {{u"won"_s, tr("Won"), Type::Count}, {u"median_hours"_s, tr("Median cycle"), Type::Hours},
                      {u"p90_hours"_s, tr("p90"), Type::Hours}};
        break;
    case Kind::LostReasons:
        m_columns += {{u"reason"_s, tr("Reason"), Type::Text}, {u"count"_s, tr("Count"), Type::Count}, {u"share"_s, tr("Share"), Type::Share}};
        break;
    }
    if (grouped) {
        for (const ReportPart &part : report.groups)
            addPart(kind, part, true);
    } else {
        addPart(kind, report.total, false);
    }
}

void ReportTable::addPart(Kind kind, const ReportPart &part, bool grouped)
{
    const QVariantList group = grouped ? QVariantList{part.group.isEmpty() ? tr("(none)") : part.group} : QVariantList{};
    switch (kind) {
    case Kind::Funnel:
        for (const FunnelStep &step : part.funnel)
            m_rows.append(group + QVariantList{step.stage, step.reached, share(step.conversion)});
        break;
    case Kind::Conversion:
        for (qsizetype i = 1; i < part.funnel.size(); ++i) {
            const FunnelStep &from = part.funnel.at(i - 1), &to = part.funnel.at(i);
            m_rows.append(group + QVariantList{from.stage, to.stage, from.reached, to.reached, share(to.conversion)});
        }
        break;
    case Kind::TimeInStage:
        for (const StageTime &stage : part.timeInStage)
            m_rows.append(group + QVariantList{stage.stage, qlonglong(stage.durations.count), hours(stage.durations.median),
                                               hours(stage.durations.p90), qlonglong(stage.ageing.size()),
                                               stage.ageing.isEmpty() ? QVariant() : hours(stage.ageing.first().ageMs)});
        break;
    case Kind::WinRate:
        m_rows.append(group + QVariantList{part.outcomes.won, part.outcomes.lost, share(part.outcomes.winRate)});
        break;
    case Kind::Cycle:
        m_rows.append(group + QVariantList{part.outcomes.won, hours(part.outcomes.cycle.median), hours(part.outcomes.cycle.p90)});
        break;
    case Kind::LostReasons:
        for (const Outcomes::Reason &reason : part.outcomes.lostReasons)
            m_rows.append(group + QVariantList{reason.code.isEmpty() ? tr("(none)") : reason.code, reason.count, reason.share});
        break;
    }
}

QString ReportTable::text(const QVariant &value, Type type, const QLocale &locale)
{
    if (value.isNull())
        return u"–"_s; // nothing to divide by, nothing to measure
    switch (type) {
    case Type::Text: return value.toString();
    case Type::Count: return locale.toString(value.toLongLong());
    case Type::Share: return locale.toString(value.toDouble() * 100.0, 'f', 1) + u'%';
    case Type::Hours: {
        const double h = value.toDouble();
        return h < 48 ? tr("%1 h").arg(locale.toString(h, 'f', 1)) : tr("%1 d").arg(locale.toString(h / 24.0, 'f', 1));
    }
    }
    return value.toString();
}

} // namespace lejek
