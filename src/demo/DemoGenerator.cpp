// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoCompanies.h"
#include "DemoPeople.h"
#include "DemoRandom.h"
#include "DemoTexts.h"
#include "DemoWorkingTime.h"
#include "LeadFields.h"

#include <algorithm>
#include <cmath>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr quint64 kCompanyStreams = 0xC0FFEE0DDBA11ULL; // companies draw from their own streams

QDateTime timeAt(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }

// u^(halves / 2) for u uniform in [0, 1): 2 is uniform, more leans towards 0. Only
// multiplication and sqrt, which IEEE 754 rounds exactly, so it is the same everywhere.
double skewed(DemoRandom &random, int halves)
{
    const double u = random.unit();
    double v = 1.0;
    for (int i = 0; i < halves / 2; ++i)
        v *= u;
    return halves % 2 ? v * std::sqrt(u) : v;
}

qint64 scaled(double fraction, qint64 span) { return static_cast<qint64>(fraction * static_cast<double>(span)); }

QString pickSource(DemoRandom &random)
{
    struct Share {
        QStringView source;
        int weight;
    };
    static constexpr Share shares[] = {{u"form", 18}, {u"ads", 12}, {u"seo", 10}, {u"linkedin", 14},
                                       {u"email_campaign", 9}, {u"webinar", 8}, {u"event", 7},
                                       {u"outbound", 12}, {u"referral", 8}, {u"other", 2}};
    static const auto weights = [] {
        std::array<int, std::size(shares)> w{};
        for (std::size_t i = 0; i < w.size(); ++i) // only sources the card knows
            w[i] = LeadFields::sources().contains(shares[i].source.toString()) ? shares[i].weight : 0;
        return w;
    }();
    return shares[random.weighted(weights)].source.toString();
}

QString lostReason(DemoRandom &random, bool late, bool disqualified)
{
    static const QStringList codes{u"price"_s, u"timing"_s, u"competition"_s, u"no_fit"_s, u"no_response"_s, u"other"_s};
    if (disqualified)
        return codes[random.weighted({0, 5, 0, 70, 20, 5})];
    if (late)
        return codes[random.weighted({30, 20, 28, 6, 10, 6})];
    return codes[random.weighted({6, 12, 6, 30, 40, 6})];
}

// A yearly deal in PLN that fits the firm's size, rounded to 500 PLN.
qint64 dealPln(DemoRandom &random, qint64 employees)
{
    const auto [low, high] = employees < 10    ? std::pair<qint64, qint64>{3'000, 15'000}
                             : employees < 50  ? std::pair<qint64, qint64>{8'000, 40'000}
                             : employees < 250 ? std::pair<qint64, qint64>{20'000, 120'000}
                             : employees < 1000 ? std::pair<qint64, qint64>{60'000, 300'000}
                                                : std::pair<qint64, qint64>{150'000, 900'000};
    return std::max<qint64>(500, (low + scaled(skewed(random, 3), high - low)) / 500 * 500);
}

QString pickKind(DemoRandom &random, std::initializer_list<std::pair<QStringView, int>> kinds)
{
    QList<int> weights;
    for (const auto &k : kinds)
        weights.append(k.second);
    return kinds.begin()[random.weighted(std::span<const int>(weights.constData(), weights.size()))].first.toString();
}

} // namespace

DemoGenerator::DemoGenerator(const Pipeline &pipeline, const QList<User> &owners, qint64 count, quint64 seed,
                             const QDateTime &now)
    : m_plan(pipeline), m_count(std::max<qint64>(0, count)), m_seed(seed), m_nowMs(now.toMSecsSinceEpoch())
{
    // The last working instant not after now.
    m_nowWorking = DemoWorkingTime::toWorking(m_nowMs);
    if (DemoWorkingTime::fromWorking(m_nowWorking) > m_nowMs)
        --m_nowWorking;
    for (const User &u : owners)
        if (u.id)
            m_ownerIds.append(u.id);
    // Some firms send several people: about ten leads to every seven companies.
    m_companyCount = std::max<qint64>(1, m_count * 7 / 10);
}

QDateTime DemoGenerator::now() const { return timeAt(m_nowMs); }

QList<HistoricLead> DemoGenerator::batch(qint64 first, int size) const
{
    QList<HistoricLead> leads;
    const qint64 end = std::min(m_count, first + std::max(0, size));
    leads.reserve(std::max<qint64>(0, end - first));
    for (qint64 i = std::max<qint64>(0, first); i < end; ++i)
        leads.append(lead(i));
    return leads;
}

HistoricLead DemoGenerator::lead(qint64 index) const
{
    DemoRandom random(m_seed, static_cast<quint64>(index));
    const auto companyIndex = random.below(static_cast<quint64>(m_companyCount));
    DemoRandom companyRandom(m_seed ^ kCompanyStreams, companyIndex);
    const DemoCompany company = DemoCompanies::make(companyRandom);
    const DemoPerson person = DemoPeople::make(random, company);

    const Pipeline &pipeline = m_plan.pipeline();
    const int finalIndex = m_plan.pickFinal(random);
    const Stage &final = pipeline.stages[finalIndex];
    const QList<int> path = m_plan.path(finalIndex, random);
    const int openCount = m_plan.openCount();
    const int furthest = m_plan.furthestRank(path); // openCount() when won
    const int handoff = m_plan.handoffRank();
    const bool handedOff = furthest >= handoff && openCount > 0;
    const bool late = furthest > handoff;           // b2b: SQL or beyond
    const auto moves = static_cast<int>(path.size() - 1);

    qint64 owner = 0;
    if (!m_ownerIds.isEmpty() && !(path.size() == 1 && random.percent(10)))
        owner = m_ownerIds[static_cast<qsizetype>(random.below(static_cast<quint64>(m_ownerIds.size())))];
    const QString source = pickSource(random);

    // Created: open leads of early stages are mostly recent, closed ones spread over
    // the year; 7-18 UTC, rarely at weekends (web forms do not keep office hours).
    // Everything people do afterwards runs on the working clock (DemoWorkingTime).
    int halves = 2;
    if (final.kind == StageKind::Open && openCount > 1)
        halves = 6 - (m_plan.openRank(finalIndex) * 3 + (openCount - 1) / 2) / (openCount - 1);
    qint64 day = (m_nowMs - scaled(skewed(random, halves), HistoryDays * kDay)) / kDay * kDay;
    if (const int weekday = timeAt(day).date().dayOfWeek(); weekday >= 6 && random.percent(80))
        day -= (weekday - 5) * kDay;
    qint64 created = day + random.between(7 * kHour, 18 * kHour);
    const qint64 nowW = m_nowWorking;
    qint64 createdW = DemoWorkingTime::toWorking(created);
    if (const qint64 minSpan = moves * 2 * kHour + kHour; createdW > nowW - minSpan) {
        createdW = nowW - minSpan - random.between(0, 3 * kHour);
        created = DemoWorkingTime::fromWorking(createdW);
    }

    // Move times: a gap of working time per move, shrunk to fit when the lead is
    // younger than its path.
    constexpr qint64 workDay = DemoWorkingTime::Length;
    QList<qint64> gaps;
    qint64 total = 0;
    for (int i = 1; i <= moves; ++i) {
        const Stage &to = pipeline.stages[path[i]];
        const int rank = std::max(0, m_plan.openRank(path[i]));
        const qint64 longest = to.kind == StageKind::Open ? (3 + 4 * rank) * workDay : to.kind == StageKind::Parked ? 15 * workDay : 22 * workDay;
        gaps.append(kHour / 2 + scaled(skewed(random, 3), longest));
        total += gaps.back();
    }
    const qint64 dwell = final.isClosed() ? 0 : scaled(skewed(random, 2), 30 * workDay);
    const qint64 available = nowW - createdW;
    if (total + dwell > available) {
        const double f = static_cast<double>(available - moves * kMinute) / static_cast<double>(total + dwell);
        for (qint64 &g : gaps)
            g = std::max(kMinute, scaled(f, g));
    }
    QList<qint64> worked{createdW}; // move times on the working clock
    QList<qint64> times{created};   // and in UTC
    for (const qint64 g : gaps) {
        worked.append(worked.back() + g);
        times.append(DemoWorkingTime::fromWorking(worked.back()));
    }
    const qint64 lastMove = times.back();

    HistoricLead h;
    Lead &lead = h.lead;
    lead.pipelineId = pipeline.id;
    lead.stageId = final.id;
    lead.ownerId = owner;
    lead.version = moves + 1;
    lead.createdAt = timeAt(created);
    lead.updatedAt = lead.stageEnteredAt = timeAt(lastMove);
    if (final.isClosed())
        lead.closedAt = timeAt(lastMove);
    const qint64 creator = source == u"outbound"_s ? owner : 0;
    for (int i = 0; i <= moves; ++i)
        h.moves.append({i == 0 ? 0 : pipeline.stages[path[i - 1]].id, pipeline.stages[path[i]].id, timeAt(times[i]),
                        i == 0 ? creator : owner});

    // The card: what a lead at this point of its path is likely to have, and always
    // what the gates of the stages it passed require.
    const QStringList required = m_plan.requiredFields(path);
    QVariantMap &v = lead.values;
    auto put = [&](const QString &key, const QVariant &value, int percentEarly, int percentLate) {
        if (required.contains(key) || random.percent(handedOff ? percentLate : percentEarly))
            v.insert(key, value);
    };
    v.insert(u"first_name"_s, person.firstName);
    v.insert(u"last_name"_s, person.lastName);
    v.insert(u"email"_s, person.email);
    v.insert(u"company"_s, company.name);
    v.insert(u"country"_s, company.country);
    v.insert(u"source"_s, source);
    v.insert(u"currency"_s, u"PLN"_s);
    put(u"job_title"_s, person.jobTitle, 75, 95);
    put(u"phone"_s, person.phone, 70, 95);
    put(u"industry"_s, company.industry, 75, 95);
    put(u"employees"_s, static_cast<qlonglong>(company.employees), 55, 90);
    put(u"city"_s, company.city, 85, 98);
    put(u"website"_s, company.website, 60, 80);
    if (!company.nip.isEmpty())
        put(u"nip"_s, company.nip, 60, 90);
    if (const QString c = DemoTexts::campaign(source, company.industry, lead.createdAt.date(), random); !c.isEmpty())
        v.insert(u"campaign"_s, c);
    put(u"pains"_s, DemoTexts::pains(random), 20, 75);
    if (v.contains(u"pains"_s))
        put(u"goals"_s, DemoTexts::goals(random), 50, 70);
    const qint64 deal = dealPln(random, company.employees);
    if (required.contains(u"budget"_s) || random.percent(handedOff ? 65 : 10)) {
        v.insert(u"budget"_s, static_cast<qlonglong>(deal * random.between(8, 14) / 10 / 1000 * 1000 * 100));
        if (random.percent(75))
            v.insert(u"decision_date"_s, lead.createdAt.date().addDays(random.between(30, 240)));
    }
    const bool won = final.kind == StageKind::Won;
    if (won || required.contains(u"value"_s) || (late && (!final.isClosed() || random.percent(70))))
        v.insert(u"value"_s, static_cast<qlonglong>(deal * 100));
    int score = 10 + 70 * furthest / std::max(1, openCount) + static_cast<int>(random.between(-10, 15));
    if (handedOff && random.percent(85))
        score = std::max(score, static_cast<int>(random.between(70, 95)));
    v.insert(u"score"_s, static_cast<qlonglong>(std::clamp(score, 0, 100)));
    if (final.kind == StageKind::Lost) {
        // A second lost stage (the handoff template's Disqualified) is for leads that do not fit.
        const auto firstLost = std::find_if(pipeline.stages.begin(), pipeline.stages.end(),
                                            [](const Stage &s) { return s.kind == StageKind::Lost; });
        const bool disqualified = firstLost != pipeline.stages.end() && firstLost->id != final.id;
        const QString reason = lostReason(random, late, disqualified);
        v.insert(u"lost_reason"_s, reason);
        h.lostComment = DemoTexts::lostComment(reason, random);
    }
    if (random.percent(12))
        v.insert(u"notes"_s, DemoTexts::note(random));
    if (!final.isClosed() && furthest >= 1 && random.percent(50))
        v.insert(u"next_step"_s, DemoTexts::nextStep(random));
    for (const QString &key : required) // a custom required field: its key says "filled"
        if (!v.contains(key) && !LeadFields::find(key))
            v.insert(key, u"demo"_s);

    // The timeline: behaviour events and the owner's contacts between the moves.
    auto log = [&](const QString &kind, qint64 at, qint64 user, bool afterHandoff = false) {
        const DemoTexts::Text text = DemoTexts::activity(kind, afterHandoff, random);
        Activity a;
        a.kind = kind;
        a.occurredAt = timeAt(at);
        a.userId = user;
        a.subject = text.subject;
        a.body = text.body;
        h.activities.append(a);
    };
    // A working instant strictly between two working instants, in UTC.
    auto within = [&](qint64 fromW, qint64 toW) {
        return DemoWorkingTime::fromWorking(toW - fromW < 2 ? fromW : random.between(fromW + 1, toW - 1));
    };
    if (source == u"form"_s && random.percent(80))
        log(u"form_sent"_s, created, 0);
    else if (source == u"webinar"_s && random.percent(90))
        log(u"webinar"_s, created, 0);
    else if ((source == u"ads"_s || source == u"seo"_s) && random.percent(50))
        log(u"page_visit"_s, created, 0);
    else if (source == u"email_campaign"_s && random.percent(60))
        log(u"email_click"_s, created, 0);
    else if (source == u"outbound"_s && random.percent(60))
        log(u"email_sent"_s, created, owner);
    // Right after a handoff the owner calls soon, as SLA 1 asks: most within its quarter
    // of an hour, some within the next hours, a few late.
    const auto justHandedOff = [&](int stage) { return m_plan.openRank(stage) == handoff && pipeline.stages[stage].kind == StageKind::Open; };
    const auto contactSoon = [&](qint64 fromW, qint64 toW) {
        constexpr qint64 Minute = 60'000;
        const qint64 delay = random.percent(60)   ? random.between(1, 14) * Minute
                             : random.percent(60) ? random.between(15, 120) * Minute
                                                  : random.between(2 * 60, 3 * 9 * 60) * Minute;
        const qint64 soon = fromW + delay;
        log(random.percent(70) ? u"call"_s : u"email_sent"_s, soon < toW ? DemoWorkingTime::fromWorking(soon) : within(fromW, toW), owner, true);
    };
    for (int i = 1; i <= moves; ++i) {
        const Stage &to = pipeline.stages[path[i]];
        const int rank = m_plan.openRank(path[i]);
        if (rank >= 1 && rank <= handoff && random.percent(50)) {
            log(rank == handoff ? pickKind(random, {{u"demo_request", 35}, {u"pricing_visit", 25}, {u"download", 15}, {u"webinar", 10}, {u"page_visit", 15}})
                                : pickKind(random, {{u"page_visit", 35}, {u"download", 25}, {u"email_click", 25}, {u"webinar", 15}}),
                within(worked[i - 1], worked[i]), 0);
        }
        if (justHandedOff(path[i - 1]) && owner != 0 && random.percent(90)) {
            contactSoon(worked[i - 1], worked[i]);
        } else if (to.kind != StageKind::Parked && random.percent(65)) {
            log(pickKind(random, {{u"call", 45}, {u"email_sent", 35}, {u"meeting", rank > handoff || to.kind == StageKind::Won ? 40 : 15}}),
                within(worked[i - 1], worked[i]), owner, rank > handoff || to.isClosed());
        }
        if ((rank > handoff || to.kind == StageKind::Won) && random.percent(15))
            log(u"email_received"_s, within(worked[i - 1], worked[i]), owner);
        if (random.percent(8))
            log(u"note"_s, within(worked[i - 1], worked[i]), owner);
    }
    if (justHandedOff(path[moves]) && owner != 0 && random.percent(85))
        contactSoon(worked.back(), nowW);
    else if (!final.isClosed() && random.percent(35))
        log(pickKind(random, {{u"call", 40}, {u"email_sent", 40}, {u"email_received", 20}}), within(worked.back(), nowW), owner, late);
    std::stable_sort(h.activities.begin(), h.activities.end(),
                     [](const Activity &a, const Activity &b) { return a.occurredAt < b.occurredAt; });
    qint64 lastActivity = lastMove;
    for (const Activity &a : h.activities)
        lastActivity = std::max(lastActivity, a.occurredAt.toMSecsSinceEpoch());
    lead.lastActivityAt = timeAt(lastActivity);

    // Tasks: an open follow-up on many open leads (some overdue), a done one on some others.
    if (moves >= 2 && random.percent(25)) {
        const qint64 at = within(worked[0], worked[1]);
        Task t;
        t.title = DemoTexts::doneTaskTitle(random);
        t.ownerId = owner;
        t.createdAt = timeAt(at);
        t.dueAt = timeAt(at + 2 * kDay);
        t.doneAt = timeAt(std::min(times[1], DemoWorkingTime::fromWorking(DemoWorkingTime::toWorking(at) + random.between(kHour, 2 * workDay))));
        h.tasks.append(t);
    }
    if (!final.isClosed() && owner && random.percent(55)) {
        const qint64 at = within(DemoWorkingTime::toWorking(lastActivity), nowW);
        const qint64 due = final.kind == StageKind::Parked ? m_nowMs + random.between(10, 90) * kDay
                                                           : m_nowMs + random.between(-5 * kDay, 14 * kDay);
        Task t;
        t.title = DemoTexts::openTaskTitle(random);
        t.ownerId = owner;
        t.createdAt = timeAt(at);
        t.dueAt = timeAt(std::max(due, at + kHour) / kHour * kHour);
        h.tasks.append(t);
    }
    return h;
}

} // namespace lejek
