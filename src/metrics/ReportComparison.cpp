// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportComparison.h"

#include <QCoreApplication>

#include <cmath>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *s) { return QCoreApplication::translate("lejek::ReportComparison", s); }

QVariant ofHandedOff(int n, int handedOff) { return handedOff > 0 ? QVariant(double(n) / handedOff) : QVariant(); }

} // namespace

ReportComparison ReportComparison::of(const ReportPart &a, const ReportPart &b)
{
    using T = ReportTable::Type;
    const auto funnelEnd = [](const ReportPart &part) { return part.funnel.isEmpty() ? 0 : part.funnel.last().reached; };
    const auto leaking = [](const ReportPart &part) { // counted by stage: today's report lists no leads
        qlonglong n = 0;
        for (const StageLeakage &stage : part.leakage.stages)
            n += stage.leaking;
        return n;
    };
    ReportComparison c;
    c.rows = {
        {tr("Leads that came in"), T::Count, a.cohort, b.cohort},
        {tr("Of them, reached the last stage"), T::Count, funnelEnd(a), funnelEnd(b)},
        {tr("Won"), T::Count, a.outcomes.won, b.outcomes.won},
        {tr("Lost"), T::Count, a.outcomes.lost, b.outcomes.lost},
        {tr("Win rate"), T::Share, ReportTable::share(a.outcomes.winRate), ReportTable::share(b.outcomes.winRate)},
        {tr("Cycle length, median"), T::Hours, ReportTable::hours(a.outcomes.cycle.median), ReportTable::hours(b.outcomes.cycle.median)},
        {tr("Handed off to sales"), T::Count, a.handoff.handedOff, b.handoff.handedOff},
        {tr("Accepted by sales"), T::Share, ofHandedOff(a.handoff.accepted, a.handoff.handedOff),
         ofHandedOff(b.handoff.accepted, b.handoff.handedOff)},
        {tr("Speed to lead, median"), T::WorkingHours, ReportTable::hours(a.speed.speed.median), ReportTable::hours(b.speed.speed.median)},
        {tr("SLA 1 met"), T::Share, ReportTable::share(a.speed.firstContact.share()), ReportTable::share(b.speed.firstContact.share())},
        {tr("SLA 2 met"), T::Share, ReportTable::share(a.speed.decision.share()), ReportTable::share(b.speed.decision.share())},
        {tr("Open leads leaking"), T::Count, leaking(a), leaking(b)},
    };
    return c;
}

QString ReportComparison::change(const Row &row, const QLocale &locale)
{
    if (row.first.isNull() || row.second.isNull())
        return u"–"_s;
    const double delta = row.first.toDouble() - row.second.toDouble();
    const QString sign = delta > 0 ? u"+"_s : delta < 0 ? u"−"_s : u"±"_s;
    switch (row.type) {
    case ReportTable::Type::Share: return sign + tr("%1 pp").arg(locale.toString(std::abs(delta) * 100.0, 'f', 1));
    case ReportTable::Type::Hours:
    case ReportTable::Type::WorkingHours: return sign + ReportTable::text(std::abs(delta), row.type, locale);
    default: return sign + locale.toString(qlonglong(std::llround(std::abs(delta))));
    }
}

} // namespace lejek
