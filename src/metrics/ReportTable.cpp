// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTable.h"

#include "Money.h"

#include <QCoreApplication>

#include <cmath>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *s) { return QCoreApplication::translate("lejek::ReportTable", s); }

QVariant major(qint64 minor) { return Money::toMajor(minor); }

} // namespace

QVariant ReportTable::share(const std::optional<double> &value) { return value ? QVariant(*value) : QVariant(); }

QVariant ReportTable::hours(const std::optional<qint64> &ms)
{
    constexpr double HourMs = 3600.0 * 1000.0;
    return ms ? QVariant(double(*ms) / HourMs) : QVariant();
}

const QStringList &ReportTable::kindKeys()
{
    static const QStringList keys{u"funnel"_s, u"conversion"_s, u"time-in-stage"_s, u"win-rate"_s, u"cycle"_s, u"lost-reasons"_s, u"owners"_s, u"forecast"_s, u"leakage"_s, u"handoff"_s,
                                 u"speed-to-lead"_s, u"sla"_s};
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

ReportSections ReportTable::sectionsOf(Kind kind)
{
    switch (kind) {
    case Kind::Funnel:
    case Kind::Conversion: return ReportSection::Cohort;
    case Kind::WinRate:
    case Kind::Cycle:
    case Kind::LostReasons: return ReportSection::Outcomes;
    case Kind::Forecast:
    case Kind::Leakage: return ReportSection::OpenLeads;
    case Kind::TimeInStage: return ReportSection::Stays;
    case Kind::Handoff:
    case Kind::SpeedToLead:
    case Kind::Sla: return ReportSection::Handoffs;
    case Kind::Owners: break;
    }
    // A column of each: the leads that came in and closed, and the speed and SLA 1.
    return ReportSections{ReportSection::Cohort, ReportSection::Outcomes, ReportSection::Handoffs};
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
    case Kind::Owners:
        m_columns += {{u"came_in"_s, tr("Came in"), Type::Count}, {u"won"_s, tr("Won"), Type::Count},
                      {u"lost"_s, tr("Lost"), Type::Count}, {u"win_rate"_s, tr("Win rate"), Type::Share},
                      {u"median_cycle_hours"_s, tr("Median cycle"), Type::Hours},
                      {u"median_speed_working_hours"_s, tr("Speed to lead"), Type::WorkingHours},
                      {u"sla1_compliance"_s, tr("SLA 1 met"), Type::Share}};
        break;
    case Kind::Forecast:
        m_columns += {{u"month"_s, tr("Expected close"), Type::Month}, {u"currency"_s, tr("Currency"), Type::Text},
                      {u"leads"_s, tr("Open leads"), Type::Count}, {u"value"_s, tr("Value"), Type::Money},
                      {u"weighted"_s, tr("Weighted"), Type::Money}};
        break;
    case Kind::Leakage:
        m_columns += {{u"stage"_s, tr("Stage"), Type::Text}, {u"leads"_s, tr("Open leads"), Type::Count},
                      {u"no_owner"_s, tr("No owner"), Type::Count}, {u"no_next_task"_s, tr("No next task"), Type::Count},
                      {u"rotting"_s, tr("Rotting"), Type::Count}, {u"leaking"_s, tr("Leaking"), Type::Count}};
        break;
    case Kind::Handoff:
        m_columns += {{u"outcome"_s, tr("After the handoff"), Type::Text}, {u"reason"_s, tr("Reason"), Type::Text},
                      {u"count"_s, tr("Leads"), Type::Count}, {u"share"_s, tr("Share"), Type::Share}};
        break;
    case Kind::SpeedToLead:
        m_columns += {{u"handed_off"_s, tr("Handed off"), Type::Count}, {u"contacted"_s, tr("Contacted"), Type::Count},
                      {u"waiting"_s, tr("Not contacted yet"), Type::Count},
                      {u"median_working_hours"_s, tr("Median (working time)"), Type::WorkingHours},
                      {u"p90_working_hours"_s, tr("p90 (working time)"), Type::WorkingHours}};
        break;
    case Kind::Sla:
        m_columns += {{u"sla"_s, tr("SLA"), Type::Text}, {u"limit_working_hours"_s, tr("Limit (working time)"), Type::WorkingHours},
                      {u"met"_s, tr("Met"), Type::Count}, {u"breached"_s, tr("Breached"), Type::Count},
                      {u"running"_s, tr("Running"), Type::Count}, {u"compliance"_s, tr("Compliance"), Type::Share}};
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
                                               hours(stage.durations.p90), stage.waiting, hours(stage.longestWaitMs)});
        break;
    case Kind::WinRate:
        m_rows.append(group + QVariantList{part.outcomes.won, part.outcomes.lost, share(part.outcomes.winRate)});
        break;
    case Kind::Cycle:
        m_rows.append(group + QVariantList{part.outcomes.won, hours(part.outcomes.cycle.median), hours(part.outcomes.cycle.p90)});
        break;
    case Kind::Owners:
        m_rows.append(group + QVariantList{part.cohort, part.outcomes.won, part.outcomes.lost, share(part.outcomes.winRate),
                                           hours(part.outcomes.cycle.median), hours(part.speed.speed.median),
                                           share(part.speed.firstContact.share())});
        break;
    case Kind::Forecast:
        for (const ForecastMonth &month : part.forecast)
            m_rows.append(group + QVariantList{month.month.isValid() ? QVariant(month.month) : QVariant(), month.currency, month.leads,
                                               major(month.value), major(month.weighted)});
        break;
    case Kind::Leakage:
        for (const StageLeakage &stage : part.leakage.stages)
            m_rows.append(group + QVariantList{stage.stage, stage.leads, stage.noOwner, stage.noNextTask, stage.rotting, stage.leaking});
        break;
    case Kind::Handoff: {
        const HandoffQuality &h = part.handoff;
        const auto of = [&h](int n) { return h.handedOff > 0 ? QVariant(double(n) / h.handedOff) : QVariant(); };
        m_rows.append(group + QVariantList{tr("accepted by sales"), QString(), h.accepted, of(h.accepted)});
        m_rows.append(group + QVariantList{tr("returned to marketing or nurture"), QString(), h.returned, of(h.returned)});
        m_rows.append(group + QVariantList{tr("disqualified"), QString(), h.disqualified, of(h.disqualified)});
        for (const Outcomes::Reason &reason : h.reasons)
            m_rows.append(group + QVariantList{tr("disqualified"), reason.code.isEmpty() ? tr("(none)") : reason.code, reason.count,
                                               of(reason.count)});
        m_rows.append(group + QVariantList{tr("waiting for sales"), QString(), h.waiting, of(h.waiting)});
        break;
    }
    case Kind::SpeedToLead: {
        const SpeedToLead &s = part.speed;
        if (s.handoffStageId != 0)
            m_rows.append(group + QVariantList{s.handedOff, qlonglong(s.speed.count), s.waiting, hours(s.speed.median), hours(s.speed.p90)});
        break;
    }
    case Kind::Sla:
        for (const auto &[tier, name] : {std::pair{&part.speed.firstContact, tr("SLA 1: first contact")},
                                         std::pair{&part.speed.decision, tr("SLA 2: decision")}})
            if (tier->minutes > 0)
                m_rows.append(group + QVariantList{name, tier->minutes / 60.0, tier->met, tier->breached, tier->running, share(tier->share())});
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
        return type == Type::Month ? tr("(no date)") : u"–"_s; // nothing to divide by, nothing to measure
    switch (type) {
    case Type::Month: return locale.standaloneMonthName(value.toDate().month()) + u' ' + QString::number(value.toDate().year());
    case Type::Money: return locale.toString(value.toDouble(), 'f', 2);
    case Type::Text: return value.toString();
    case Type::Count: return locale.toString(value.toLongLong());
    case Type::Share: return locale.toString(value.toDouble() * 100.0, 'f', 1) + u'%';
    case Type::Hours: {
        const double h = value.toDouble();
        return h < 48 ? tr("%1 h").arg(locale.toString(h, 'f', 1)) : tr("%1 d").arg(locale.toString(h / 24.0, 'f', 1));
    }
    case Type::WorkingHours: {
        const double h = value.toDouble();
        return h < 1 ? tr("%1 min").arg(locale.toString(std::round(h * 60.0), 'f', 0)) : tr("%1 h").arg(locale.toString(h, 'f', 1));
    }
    }
    return value.toString();
}

QString ReportTable::text(qsizetype row, qsizetype column, const QLocale &locale) const
{
    const QVariant &value = m_rows.at(row).at(column);
    if (m_columns.at(column).type != Type::Money || value.isNull())
        return text(value, m_columns.at(column).type, locale);
    // An amount is written with the currency of its row, as the board writes it.
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c).key == u"currency"_s)
            return Money::format(std::llround(value.toDouble() * 100.0), m_rows.at(row).at(c).toString(), locale);
    return text(value, Type::Money, locale);
}

} // namespace lejek
