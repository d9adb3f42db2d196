// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_engine: routing plus scoring decisions per second in core (Engine I), over
// generated demo leads, with DOMAIN.md's default configuration (EngineDefaults). Each
// lead's facts and behaviour events are built before the clock starts, in chunks so a
// million leads never sit in memory at once; the clock covers route() + score() +
// meetsHandoff() only. The goal is 1,000,000 decisions a second. Not a test:
// it prints figures and their ratio to the goal, and never fails on a time.
#include "BenchStats.h"
#include "DemoCompanies.h"
#include "DemoPeople.h"
#include "DemoRandom.h"
#include "EngineDefaults.h"
#include "LeadFields.h"
#include "Router.h"
#include "Scorer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Prepared {
    QList<Facts> facts;
    QList<QList<BehaviourEvent>> events;
    qint64 factsNs = 0; // FactSchema::factsOf() alone: what the engine adds to reading a lead
};

// `count` demo leads from `first` on: the same leads for the same seed.
Prepared prepare(const FactSchema &schema, quint64 seed, qint64 first, qsizetype count, const QDateTime &now)
{
    Prepared p;
    p.facts.reserve(count);
    p.events.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        DemoRandom random(seed, quint64(first + i));
        const DemoCompany company = DemoCompanies::make(random);
        const DemoPerson person = DemoPeople::make(random, company);
        Lead lead;
        lead.values = {{u"company"_s, company.name},     {u"industry"_s, company.industry}, {u"employees"_s, company.employees},
                       {u"country"_s, company.country},  {u"city"_s, company.city},         {u"nip"_s, company.nip},
                       {u"first_name"_s, person.firstName}, {u"last_name"_s, person.lastName}, {u"job_title"_s, person.jobTitle},
                       {u"email"_s, person.email},       {u"source"_s, random.pick(LeadFields::sources())}};
        lead.createdAt = now.addDays(-random.between(0, 365));
        lead.stageEnteredAt = lead.createdAt;
        lead.lastActivityAt = lead.createdAt.addDays(random.between(0, 30));
        QElapsedTimer factsTimer;
        factsTimer.start();
        p.facts.append(schema.factsOf(lead, u"New leads"_s, now, now.date()));
        p.factsNs += factsTimer.nsecsElapsed();
        QList<BehaviourEvent> events;
        for (qint64 e = random.between(0, 4); e > 0; --e)
            events.append(BehaviourEvent{random.pick(BehaviourEvent::types()), {}, lead.createdAt.addDays(random.between(0, 20))});
        p.events.append(std::move(events));
    }
    return p;
}

RoutingRoster roster()
{
    RoutingRoster r;
    qint64 id = 1;
    for (RoutingTeam team : EngineDefaults::teams()) {
        team.id = id;
        for (int m = 0; m < 6; ++m) {
            TeamMember member;
            member.userId = id * 100 + m;
            member.name = u"%1 #%2"_s.arg(team.name).arg(m + 1);
            member.capacity = 1'000'000;
            member.specialisations = {DemoCompanies::industries().at((m * 3) % DemoCompanies::industries().size())};
            member.active = m != 5; // one inactive member per team, to be skipped
            team.members.append(member);
        }
        r.teams.append(team);
        ++id;
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Routing plus scoring decisions per second in core, with the default configuration."_s);
    parser.addHelpOption();
    parser.addOption({u"leads"_s, u"Leads to decide (default 1000000)."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"seed"_s, u"Demo data seed (default 1)."_s, u"S"_s, u"1"_s});
    parser.addOption({u"runs"_s, u"Timed passes over all leads (default 3)."_s, u"N"_s, u"3"_s});
    parser.process(app);
    const qint64 leads = parser.value(u"leads"_s).toLongLong();
    const quint64 seed = parser.value(u"seed"_s).toULongLong();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    // Facts are built a thousand leads at a time and decided right after, as warm in the
    // cache as in the engine, which builds them from the lead it has just read.
    constexpr qsizetype chunk = 1000;

    const FactSchema schema;
    const auto router = Router::compile(EngineDefaults::routingTable(), schema);
    const auto scorer = Scorer::compile(EngineDefaults::scoringModel(), schema);
    if (!router || !scorer) {
        out() << "configuration: " << (router ? scorer.error() : router.error()) << Qt::endl;
        return 1;
    }
    const QDateTime now(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);

    QList<double> rates;
    qint64 routed = 0, handedOff = 0, scoreSum = 0;
    double prepareSeconds = 0;
    double factsSeconds = 0;
    for (int run = 0; run < runs; ++run) {
        RoutingRoster r = roster();
        qint64 decideNs = 0;
        qint64 routeNs = 0;
        routed = handedOff = scoreSum = 0;
        for (qint64 first = 0; first < leads; first += chunk) {
            QElapsedTimer prep;
            prep.start();
            const Prepared p = prepare(schema, seed, first, qsizetype(std::min<qint64>(chunk, leads - first)), now);
            if (run == 0) {
                prepareSeconds += double(prep.nsecsElapsed()) / 1e9;
                factsSeconds += double(p.factsNs) / 1e9;
            }
            // Routing, then scoring, over the chunk: one decision is both.
            QElapsedTimer timer;
            timer.start();
            for (qsizetype i = 0; i < p.facts.size(); ++i)
                routed += router->route(p.facts.at(i), r, now.date()).userId != 0;
            const qint64 routeChunkNs = timer.nsecsElapsed();
            timer.restart();
            for (qsizetype i = 0; i < p.facts.size(); ++i) {
                const Score score = scorer->score(p.facts.at(i), p.events.at(i), {});
                handedOff += scorer->meetsHandoff(score);
                scoreSum += score.total;
            }
            const qint64 scoreChunkNs = timer.nsecsElapsed();
            routeNs += routeChunkNs;
            decideNs += routeChunkNs + scoreChunkNs;
        }
        const double rate = double(leads) / (double(decideNs) / 1e9);
        rates.append(rate);
        out() << "run " << run + 1 << ": " << leads << " decisions in " << QString::number(double(decideNs) / 1e6, 'f', 1)
              << " ms (routing " << QString::number(double(routeNs) / 1e6, 'f', 1) << " ms, scoring "
              << QString::number(double(decideNs - routeNs) / 1e6, 'f', 1) << " ms): " << QString::number(rate, 'f', 0)
              << " decisions/s" << Qt::endl;
    }
    const double median = lejek::bench::median(rates);
    out() << "leads: " << leads << " (seed " << seed << "), routed to a person: " << routed << ", handed off: " << handedOff
          << ", mean score: " << QString::number(double(scoreSum) / double(leads), 'f', 1) << Qt::endl;
    out() << "generating demo leads and events (untimed): " << QString::number(prepareSeconds, 'f', 1) << " s, of which facts from leads "
          << QString::number(factsSeconds, 'f', 2) << " s = " << QString::number(factsSeconds * 1e9 / double(leads), 'f', 0)
          << " ns a lead" << Qt::endl;
    out() << "median: " << QString::number(median, 'f', 0) << " decisions/s = " << QString::number(median / 1e6, 'f', 2)
          << "x the goal of 1,000,000/s" << Qt::endl;
    return 0;
}
