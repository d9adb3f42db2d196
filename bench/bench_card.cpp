// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_card: opening a lead's card (the real LeadCardPanel, offscreen) on a big demo
// database, for a lead with a long history (1,000+ timeline entries, added once) beside
// a lead with a short one. "Shown" is the time from showLead() to the card's fields
// filled and the first timeline page painted; the limit is 100 ms. Not a test:
// it prints figures and their ratio to the limit, and never fails on a time.
#include "BenchStats.h"
#include "LocalBackend.h"
#include "card/LeadCardPanel.h"
#include "card/TimelineModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QListView>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

template<typename T> Result<T> wait(QFuture<Result<T>> future)
{
    future.waitForFinished();
    return future.result();
}

QString ms(double value) { return QString::number(value, 'f', value < 10 ? 2 : 1); }

constexpr double kLimitMs = 100.0;

void row(const QString &what, const Stats &s)
{
    out() << u"| %1 | %2 | %3 | %4 | %5 | %6 |"_s.arg(what).arg(s.n).arg(ms(s.median), ms(s.p95), ms(s.max),
                                                                            QString::number(s.p95 / kLimitMs, 'f', 2))
          << Qt::endl;
}

// The number of timeline entries of a lead, counted a page of 500 at a time.
Result<int> entries(LeadService &leads, qint64 leadId)
{
    int count = 0;
    TimelineRequest request{leadId, {}, 500, {}};
    for (;;) {
        auto page = wait(leads.timelinePage(Principal::owner(), request));
        if (!page)
            return std::unexpected(page.error());
        count += static_cast<int>(page->entries.size());
        if (!page->hasMore)
            return count;
        request.before = page->next;
    }
}

// Opens the card for `leadId` and waits until its fields are filled and the first
// timeline page is painted; returns the milliseconds it took.
double openCard(LeadCardPanel &card, qint64 leadId)
{
    QElapsedTimer timer;
    QSignalSpy loaded(&card, &LeadCardPanel::loaded);
    timer.start();
    card.showLead(leadId);
    while (loaded.isEmpty() || card.timeline()->isLoading() || card.timeline()->pagesLoaded() == 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    card.timelineView()->viewport()->repaint();
    card.repaint();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times opening a lead's card on a big demo database."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"The demo database (lejek-cli demo --db DB --leads 1000000)."_s, u"DB"_s);
    const QCommandLineOption runs(u"runs"_s, u"Openings timed per lead (default 21)."_s, u"N"_s, u"21"_s);
    const QCommandLineOption history(u"history"_s, u"Timeline entries the long lead has at least (default 1000)."_s, u"N"_s, u"1000"_s);
    parser.addOptions({db, runs, history});
    parser.process(app);
    bool okRuns = false, okHistory = false;
    const int runCount = parser.value(runs).toInt(&okRuns);
    const int wanted = parser.value(history).toInt(&okHistory);
    if (!parser.isSet(db) || !okRuns || runCount < 1 || !okHistory || wanted < 1) {
        QTextStream(stderr) << "bench_card: --db DB is required; --runs and --history take positive numbers\n";
        return 2;
    }
    auto settings = ConnectionSettings::parse(parser.value(db));
    if (!settings) {
        QTextStream(stderr) << "bench_card: " << settings.error().message << "\n";
        return 2;
    }
    LocalBackend backend(*settings);
    if (auto opened = wait(backend.open()); !opened) {
        QTextStream(stderr) << "bench_card: " << opened.error().message << "\n";
        return 1;
    }
    auto pipelines = wait(backend.pipelines().pipelines(Principal::owner()));
    if (!pipelines || pipelines->isEmpty()) {
        QTextStream(stderr) << "bench_card: the database has no pipeline\n";
        return 1;
    }
    const Pipeline &pipeline = pipelines->first();
    // Two leads of the biggest open column: the first gets the long history.
    PageRequest first;
    first.stageId = pipeline.firstStage()->id;
    first.limit = 2;
    auto page = wait(backend.leads().stagePage(Principal::owner(), pipeline.id, first));
    if (!page || page->leads.size() < 2) {
        QTextStream(stderr) << "bench_card: the first stage needs two leads\n";
        return 1;
    }
    const qint64 longLead = page->leads[0].id, shortLead = page->leads[1].id;
    auto count = entries(backend.leads(), longLead);
    if (!count)
        return 1;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int i = *count; i < wanted; ++i) {
        const QString kind = i % 3 == 0 ? u"call"_s : i % 3 == 1 ? u"note"_s : u"email_sent"_s;
        auto logged = wait(backend.leads().logActivity(Principal::owner(),
            NewActivity{longLead, kind, u"Entry %1"_s.arg(i), u"What was said, briefly."_s, start.addSecs(60LL * i), {}}));
        if (!logged) {
            QTextStream(stderr) << "bench_card: " << logged.error().message << "\n";
            return 1;
        }
    }
    const int longEntries = entries(backend.leads(), longLead).value_or(0);
    const int shortEntries = entries(backend.leads(), shortLead).value_or(0);
    auto leadCount = wait(backend.leads().stageTotals(Principal::owner(), pipeline.id));
    qint64 total = 0;
    for (const StageTotals &t : leadCount.value_or(QList<StageTotals>{}))
        total += t.count;

    LeadCardPanel card;
    card.resize(460, 760);
    card.setServices(&backend.leads(), &backend.pipelines(), backend.leads().notifier(), Principal::owner());
    card.setPipelines(*pipelines);
    card.show();
    QCoreApplication::processEvents();
    openCard(card, shortLead); // warm-up: the users, the lost reasons, the first statements
    openCard(card, longLead);
    QList<double> longTimes, shortTimes;
    for (int i = 0; i < runCount; ++i) {
        longTimes.append(openCard(card, longLead));
        shortTimes.append(openCard(card, shortLead));
    }
    out() << u"bench_card: %1 leads in pipeline \"%2\"; limit %3 ms; ratio = p95 / limit"_s.arg(total).arg(pipeline.name).arg(kLimitMs)
          << Qt::endl << Qt::endl;
    out() << "| open the card of | n | median ms | p95 ms | max ms | p95 / limit |" << Qt::endl
          << "|---|---|---|---|---|---|" << Qt::endl;
    row(u"lead %1, %2 timeline entries"_s.arg(longLead).arg(longEntries), stats(longTimes));
    row(u"lead %1, %2 timeline entries"_s.arg(shortLead).arg(shortEntries), stats(shortTimes));
    return 0;
}
