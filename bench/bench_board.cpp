// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_board: the real pipeline board (BoardView, StageColumn, StageLeadModel,
// StageListView, LeadMover) over a LocalBackend on a big demo database. Times the
// first paint after choosing the pipeline, the UI thread's work per frame while a
// 100k-lead column scrolls, and a drop until it is persisted and refreshed. See
// bench/board.md.
#include "BenchStats.h"
#include "BoardChecks.h"
#include "LocalBackend.h"
#include "ScrollPhase.h"
#include "UiProbe.h"
#include "board/BoardView.h"
#include "board/LeadMover.h"
#include "board/StageColumn.h"
#include "board/StageLeadModel.h"
#include "board/StageListView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMetaEnum>
#include <QMimeData>
#include <QPointer>
#include <QScrollBar>
#include <QSet>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <functional>
#include <memory>

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

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

void row(const QString &what, const Stats &s, const QString &note = {})
{
    out() << u"| %1 | %2 | %3 | %4 | %5 | %6 |"_s.arg(what).arg(s.n).arg(ms(s.median), ms(s.p95), ms(s.max), note) << Qt::endl;
}

class BoardBenchmark
{
public:
    struct Options {
        QString db;
        int runs = 9;
        int moves = 20;
        int deepMoves = 3;
        QSize size {1600, 900};
    };

    explicit BoardBenchmark(Options options)
        : m_options(std::move(options))
    { }

    int run()
    {
        auto settings = ConnectionSettings::parse(m_options.db);
        if (!settings) {
            err() << "bench_board: " << settings.error().message << Qt::endl;
            return 2;
        }
        m_backend = std::make_unique<LocalBackend>(*settings);
        const Result<void> done = [&]() -> Result<void> {
            if (auto opened = wait(m_backend->open()); !opened)
                return opened;
            if (auto found = findPipeline(); !found)
                return found;
            if (auto timed = timeTotalsQuery(); !timed)
                return timed;
            if (auto timed = timeFirstPaint(); !timed)
                return timed;
            if (auto timed = timeScrolling(); !timed)
                return timed;
            return timeMoves();
        }();
        m_backend.reset();
        if (!done) {
            err() << "bench_board: " << done.error().message << Qt::endl;
            return 1;
        }
        return 0;
    }

private:
    // Blocks (outside the timed board work only): the store answers on its own thread.
    template<typename T> static T wait(QFuture<T> future)
    {
        future.waitForFinished();
        return future.result();
    }

    static Error failure(const QString &what) { return Error::invalid(what); }

    std::unique_ptr<BoardView> newBoard()
    {
        auto board = std::make_unique<BoardView>();
        board->resize(m_options.size);
        board->setServices(&m_backend->leads(), &m_backend->notifier(), Principal::owner());
        board->show();
        spinUntil([&] { return board->windowHandle() && board->windowHandle()->isExposed(); }, 5000);
        board->repaint();
        return board;
    }

    // setPipeline() on a fresh board until every column shows loaded cards and the
    // board has painted them; the figures of one run.
    struct Paint {
        double setPipeline = 0, totals = 0, pages = 0, painted = 0, repaint = 0, longestEvent = 0, uiBusy = 0;
    };

    Result<Paint> firstPaint(BoardView &board)
    {
        Paint paint;
        bool ready = false;
        double start = 0;
        const auto check = [&] {
            if (ready || !boardShowsLoadedCards(board))
                return;
            paint.pages = nowMs() - start;
            const double before = nowMs();
            board.repaint();
            paint.repaint = nowMs() - before;
            paint.painted = nowMs() - start;
            ready = true;
        };
        QObject context;
        QObject::connect(&board, &BoardView::totalsLoaded, &context, [&] {
            paint.totals = nowMs() - start;
            check();
        });
        benchApp()->resetLongest();
        const double busyBefore = benchApp()->busyMs();
        start = nowMs();
        board.setPipeline(m_pipeline);
        paint.setPipeline = nowMs() - start;
        for (StageColumn *c : board.columns())
            QObject::connect(c->model(), &StageLeadModel::pageLoaded, &context, check);
        const auto painted = [&] {
            check(); // also when the last page came before the view's layout
            return ready;
        };
        if (!spinUntil(painted, 120'000))
            return std::unexpected(failure(u"the board did not show its first pages within 120 s"_s));
        paint.longestEvent = benchApp()->longestMs();
        // setPipeline() runs outside notify(): add it by hand.
        paint.uiBusy = benchApp()->busyMs() - busyBefore + paint.setPipeline;
        return paint;
    }

    Result<void> findPipeline()
    {
        auto pipelines = wait(m_backend->pipelines().pipelines(Principal::owner()));
        if (!pipelines)
            return std::unexpected(pipelines.error());
        const auto b2b
            = std::find_if(pipelines->cbegin(), pipelines->cend(), [](const Pipeline &p) { return p.templateKey == u"b2b"_s; });
        if (b2b == pipelines->cend())
            return std::unexpected(Error::notFound(u"no b2b pipeline in %1 (make one with lejek-cli demo)"_s.arg(m_options.db)));
        m_pipeline = *b2b;
        auto totals = wait(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id));
        if (!totals)
            return std::unexpected(totals.error());
        qint64 leads = 0;
        out() << "database: " << m_options.db << Qt::endl << "pipeline \"" << m_pipeline.name << "\":";
        for (const StageTotals &t : *totals) {
            leads += t.count;
            const Stage *stage = m_pipeline.stage(t.stageId);
            out() << " " << (stage ? stage->name : u"?"_s) << " " << t.count << ";";
        }
        out() << " total " << leads << Qt::endl;
        if (leads == 0)
            return std::unexpected(failure(u"the b2b pipeline in %1 has no leads"_s.arg(m_options.db)));
        out() << "board " << m_options.size.width() << "x" << m_options.size.height() << ", platform "
              << QGuiApplication::platformName() << ", " << QThread::idealThreadCount() << " cores" << Qt::endl
              << Qt::endl;
        out() << "| what | n | median ms | p95 ms | max ms | note |" << Qt::endl << "|---|---|---|---|---|---|" << Qt::endl;
        return {};
    }

    Result<void> timeTotalsQuery()
    {
        QList<double> times;
        for (int i = 0; i <= m_options.runs; ++i) {
            const double start = nowMs();
            auto totals = wait(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id));
            if (!totals)
                return std::unexpected(totals.error());
            if (i > 0) // the first run warms the caches
                times.append(nowMs() - start);
        }
        row(u"stage totals query alone (LeadService::stageTotals)"_s, stats(times), u"store thread + hop back"_s);
        return {};
    }

    Result<void> timeFirstPaint()
    {
        QList<double> setPipeline, totals, pages, painted, repaint, longest, uiBusy;
        for (int i = 0; i < m_options.runs; ++i) {
            auto board = newBoard();
            auto paint = firstPaint(*board);
            if (!paint)
                return std::unexpected(paint.error());
            setPipeline.append(paint->setPipeline);
            totals.append(paint->totals);
            pages.append(paint->pages);
            painted.append(paint->painted);
            repaint.append(paint->repaint);
            longest.append(paint->longestEvent);
            uiBusy.append(paint->uiBusy);
            board.reset();
            spinFor(50);
        }
        row(u"first paint: setPipeline() call (UI thread)"_s, stats(setPipeline));
        row(u"first paint: totals applied"_s, stats(totals), u"from setPipeline()"_s);
        row(u"first paint: every visible card loaded"_s, stats(pages), u"from setPipeline()"_s);
        row(u"**first paint: board painted**"_s, stats(painted), u"goal 300 ms"_s);
        row(u"first paint: the final synchronous repaint"_s, stats(repaint), u"whole board"_s);
        row(u"first paint: longest UI-thread event"_s, stats(longest));
        row(u"first paint: UI thread busy in all"_s, stats(uiBusy), u"until painted"_s);
        return {};
    }

    Result<void> timeScrolling()
    {
        auto board = newBoard();
        if (auto paint = firstPaint(*board); !paint)
            return std::unexpected(paint.error());
        StageColumn *column = *std::max_element(board->columns().cbegin(), board->columns().cend(),
            [](StageColumn *a, StageColumn *b) { return a->model()->rowCount() < b->model()->rowCount(); });
        StageListView *view = column->view();
        QScrollBar *bar = view->verticalScrollBar();
        out() << "| scrolling \"" << column->stage().name << "\": " << column->model()->rowCount() << " rows, " << bar->maximum()
              << " px, viewport " << view->viewport()->height() << " px | | | | | |" << Qt::endl;

        QList<ScrollPhase> phases(5);
        phases[0].name = u"wheel, 120 notches down (3 lines each)"_s;
        for (int i = 0; i < 120; ++i)
            phases[0].actions.append([view] { ScrollPhase::wheel(view, 1); });
        phases[1].name = u"page down, 40 clicks in the groove"_s;
        for (int i = 0; i < 40; ++i)
            phases[1].actions.append([bar] { bar->triggerAction(QAbstractSlider::SliderPageStepAdd); });
        phases[2].name = u"drag the handle to the middle (30 frames)"_s;
        phases[2].addDrag(column, 0.5, 30);
        phases[3].name = u"drag the handle to the end (30 frames)"_s;
        phases[3].addDrag(column, 1.0, 30);
        phases[4].name = u"wheel, 120 notches up from the end"_s;
        for (int i = 0; i < 120; ++i)
            phases[4].actions.append([view] { ScrollPhase::wheel(view, -1); });

        QList<double> allFrames;
        double worstGap = 0;
        for (ScrollPhase &phase : phases) {
            if (auto ran = phase.run(column); !ran)
                return ran;
            allFrames.append(phase.frameWork);
            worstGap = std::max(worstGap, phase.maxGap);
            const QString longest = QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(phase.longestType));
            const auto over50 = std::count_if(phase.frameWork.cbegin(), phase.frameWork.cend(), [](double w) { return w > 50; });
            QString note
                = u"stall (heartbeat) %1 ms; longest event %2 ms (%3, %4 ms CPU); %5 frames over 50 ms; %6 of %7 frames show loading cards; up to %8 pages queued"_s
                      .arg(ms(phase.maxGap), ms(phase.longestEvent), longest, ms(phase.longestEventCpu))
                      .arg(over50)
                      .arg(phase.blankFrames)
                      .arg(phase.frames)
                      .arg(phase.maxPendingPages);
            if (!phase.contentAfterRelease.isEmpty())
                note += u"; **cards loaded %1 ms after the release**"_s.arg(ms(phase.contentAfterRelease.first()));
            else if (phase.maxIdleFrames > 0)
                note += u"; cards NOT loaded a minute after the release"_s;
            row(u"scroll frame work: "_s + phase.name, stats(phase.frameWork), note);
        }
        row(u"**scroll frame work: all frames**"_s, stats(allFrames),
            u"worst UI-thread stall %1 ms (goal 50 ms)"_s.arg(ms(worstGap)));
        // Drops while the big column is scrolled deep: a refresh re-reads its cached pages.
        if (m_options.deepMoves > 0) {
            StageColumn *neighbour = board->columns().at(board->columns().indexOf(column) == 0 ? 1 : 0);
            if (auto timed = timeMoveSeries(*board, column, neighbour, m_options.deepMoves, u"drop, scrolled deep"_s); !timed)
                return timed;
        }
        const Stage stage = column->stage();
        const int rows = column->model()->rowCount();
        board.reset();
        spinFor(50);
        return timePageDepths(stage, rows);
    }

    // What one page costs on the store thread at the depths the drags reach (the
    // column pages by OFFSET): the store's own time, no board involved.
    Result<void> timePageDepths(const Stage &stage, int rows)
    {
        for (const double depth : {0.0, 0.25, 0.5, 0.75, 1.0}) {
            PageRequest request;
            request.stageId = stage.id;
            request.sort = LeadSort::LastActivity;
            request.descending = true;
            request.limit = StageLeadModel::PageSize;
            request.offset = std::max(0,
                static_cast<int>(depth * rows) / StageLeadModel::PageSize * StageLeadModel::PageSize
                    - (depth == 1.0 ? StageLeadModel::PageSize : 0));
            QList<double> times;
            for (int i = 0; i <= 3; ++i) {
                const double start = nowMs();
                auto page = wait(m_backend->leads().stagePage(Principal::owner(), m_pipeline.id, request));
                if (!page)
                    return std::unexpected(page.error());
                if (i > 0)
                    times.append(nowMs() - start);
            }
            row(u"one page of %1 at OFFSET %2 (LeadService::stagePage)"_s.arg(StageLeadModel::PageSize).arg(request.offset),
                stats(times), stage.name);
        }
        return {};
    }

    struct Move {
        double shown = 0, persisted = 0, refreshed = 0;
    };

    // Drops the lead's card from one column onto the next as a user would (drag enter,
    // move and drop on the target's viewport), then waits for the move to be persisted
    // and for both columns to re-read their pages.
    Result<Move> drop(BoardView &board, StageColumn *from, StageColumn *to, qint64 leadId)
    {
        const int sourceRow = from->model()->rowOfLead(leadId);
        if (sourceRow < 0)
            return std::unexpected(failure(u"lead %1 is not loaded in its column"_s.arg(leadId)));
        std::unique_ptr<QMimeData> mime(from->model()->mimeData({from->model()->index(sourceRow)}));
        QWidget *viewport = to->view()->viewport();
        const QPoint pos = viewport->rect().center();
        QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QDragMoveEvent over(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QDropEvent dropped(QPointF(pos), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QCoreApplication::sendEvent(viewport, &over);
        if (to->view()->dropHint().kind != DropHint::Kind::Allowed)
            return std::unexpected(
                failure(u"the drop of lead %1 would ask for more: %2"_s.arg(leadId).arg(to->view()->dropHint().text)));

        Move move;
        int moved = -1;
        QStringList refusals;
        bool sourceReloaded = false, targetReloaded = false;
        double persistedAt = -1;
        QObject context;
        QObject::connect(board.mover(), &LeadMover::movesFinished, &context, [&](int count, const QStringList &why) {
            persistedAt = nowMs();
            moved = count;
            refusals = why;
        });
        QObject::connect(from->model(), &StageLeadModel::reloaded, &context, [&] { sourceReloaded = persistedAt >= 0; });
        QObject::connect(to->model(), &StageLeadModel::reloaded, &context, [&] { targetReloaded = persistedAt >= 0; });

        const double start = nowMs();
        QCoreApplication::sendEvent(viewport, &dropped);
        if (to->model()->rowOfLead(leadId) < 0)
            return std::unexpected(failure(u"the dropped lead %1 does not show in the target column"_s.arg(leadId)));
        viewport->repaint();
        move.shown = nowMs() - start;
        if (!spinUntil([&] { return persistedAt >= 0; }, 120'000))
            return std::unexpected(failure(u"the move of lead %1 was not answered within 120 s"_s.arg(leadId)));
        move.persisted = persistedAt - start;
        if (moved != 1)
            return std::unexpected(failure(u"the move of lead %1 was refused: %2"_s.arg(leadId).arg(refusals.join(u"; "_s))));
        // (The card may sort below the target's cached pages: it need not show there now.)
        if (!spinUntil([&] { return sourceReloaded && targetReloaded; }, 120'000))
            return std::unexpected(failure(u"the columns were not refreshed within 120 s of moving lead %1"_s.arg(leadId)));
        move.refreshed = nowMs() - start;
        // The database agrees (not timed).
        auto stored = wait(m_backend->leads().lead(Principal::owner(), leadId));
        if (!stored || stored->stageId != to->stage().id)
            return std::unexpected(failure(u"lead %1 is not in stage %2 in the database"_s.arg(leadId).arg(to->stage().name)));
        if (!spinUntil([&] { return boardIsQuiet(board); }, 120'000))
            return std::unexpected(failure(u"the board did not settle after moving lead %1"_s.arg(leadId)));
        spinFor(100); // past the board's refresh coalescing: the next move starts from a quiet board
        return move;
    }

    // A loaded card of the column (one on screen first, then one of the first page if
    // it is cached) that may be dropped on `target` without a form.
    std::optional<qint64> movableLead(BoardView &board, StageColumn *column, StageColumn *target, const QSet<qint64> &used)
    {
        StageLeadModel *model = column->model();
        QList<QModelIndex> candidates = visibleRows(column);
        if (model->isPageCached(0))
            for (int r = 0; r < std::min(model->rowCount(), StageLeadModel::PageSize); ++r)
                candidates.append(model->index(r));
        for (const QModelIndex &index : std::as_const(candidates)) {
            if (!index.data(StageLeadModel::LoadedRole).toBool())
                continue;
            const qint64 id = index.data(StageLeadModel::LeadIdRole).toLongLong();
            if (id <= 0 || used.contains(id))
                continue;
            std::unique_ptr<QMimeData> mime(model->mimeData({index}));
            const auto payload = mime ? LeadDragPayload::fromMimeData(mime.get()) : std::nullopt;
            if (payload && board.mover()->adviseDrop(*payload, target->stage()).kind == DropHint::Kind::Allowed)
                return id;
        }
        return std::nullopt;
    }

    // `count` drops of a card from `source` onto `target`, each followed by one back
    // (so runs leave the demo as they found it, but for history).
    Result<void> timeMoveSeries(BoardView &board, StageColumn *source, StageColumn *target, int count, const QString &label)
    {
        QList<double> shown, persisted, refreshed, backShown, backPersisted, backRefreshed;
        QSet<qint64> used;
        Heartbeat heartbeat;
        benchApp()->resetLongest();
        heartbeat.start();
        for (int i = 0; i < count; ++i) {
            const auto lead = movableLead(board, source, target, used);
            if (!lead)
                return std::unexpected(failure(
                    u"no loaded card of %1 may move to %2 without a form"_s.arg(source->stage().name, target->stage().name)));
            used.insert(*lead);
            auto forth = drop(board, source, target, *lead);
            if (!forth)
                return std::unexpected(forth.error());
            shown.append(forth->shown);
            persisted.append(forth->persisted);
            refreshed.append(forth->refreshed);
            if (target->model()->rowOfLead(*lead) < 0) {
                // It sorts below what the target has loaded: put it back without a drop.
                if (auto restored = moveBack(board, *lead, source); !restored)
                    return restored;
                continue;
            }
            auto back = drop(board, target, source, *lead);
            if (!back)
                return std::unexpected(back.error());
            backShown.append(back->shown);
            backPersisted.append(back->persisted);
            backRefreshed.append(back->refreshed);
        }
        const double stall = heartbeat.maxGap();
        heartbeat.stop();
        const QString longest = QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(benchApp()->longestType()));
        const QString forward = u"%1 → %2"_s.arg(source->stage().name, target->stage().name);
        const QString backward = u"%1 → %2"_s.arg(target->stage().name, source->stage().name);
        row(label + u": card shows in the target (optimistic)"_s, stats(shown), forward);
        row(u"**"_s + label + u": persisted (LeadMover::movesFinished)**"_s, stats(persisted), forward);
        row(label + u": both columns refreshed (pages re-read)"_s, stats(refreshed), forward);
        if (!backShown.isEmpty()) {
            row(label + u" back: card shows"_s, stats(backShown), backward);
            row(label + u" back: persisted"_s, stats(backPersisted), backward);
            row(label + u" back: both columns refreshed"_s, stats(backRefreshed), backward);
        }
        out() << "| " << label << ": over the series | | | | | UI-thread stall (heartbeat) " << ms(stall) << " ms; longest event "
              << ms(benchApp()->longestMs()) << " ms (" << longest << ", " << ms(benchApp()->longestCpuMs()) << " ms CPU) |"
              << Qt::endl;
        return {};
    }

    // LeadMover::moveNow (reads the lead afresh), untimed: restores a moved lead.
    Result<void> moveBack(BoardView &board, qint64 leadId, StageColumn *column)
    {
        int moved = -1;
        QObject context;
        QObject::connect(board.mover(), &LeadMover::movesFinished, &context, [&](int count) { moved = count; });
        board.mover()->moveNow({leadId}, column->stage().id, {}, LeadMover::Record::No);
        if (!spinUntil([&] { return moved >= 0; }, 120'000) || moved != 1)
            return std::unexpected(failure(u"lead %1 did not move back to %2"_s.arg(leadId).arg(column->stage().name)));
        if (!spinUntil([&] { return boardIsQuiet(board); }, 120'000))
            return std::unexpected(failure(u"the board did not settle after moving lead %1 back"_s.arg(leadId)));
        spinFor(100);
        return {};
    }

    Result<void> timeMoves()
    {
        auto board = newBoard();
        if (auto paint = firstPaint(*board); !paint)
            return std::unexpected(paint.error());
        if (board->columns().size() < 2)
            return std::unexpected(failure(u"the pipeline needs two open stages to move between"_s));
        if (auto timed = timeMoveSeries(*board, board->columns().at(0), board->columns().at(1), m_options.moves, u"drop"_s);
            !timed)
            return timed;
        board.reset();
        spinFor(50);
        return {};
    }

    Options m_options;
    std::unique_ptr<LocalBackend> m_backend;
    Pipeline m_pipeline;
};

} // namespace

int main(int argc, char *argv[])
{
    prepareGuiBenchmark();
    BenchApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_board"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the pipeline board over a big demo database: first paint, scrolling, moves."_s);
    parser.addHelpOption();
    const QCommandLineOption db(
        u"db"_s, u"The demo database: SQLite file or postgresql:// URL (lejek-cli demo --db DB --leads 1000000)."_s, u"DB"_s);
    const QCommandLineOption runs(u"runs"_s, u"First-paint runs, each on a fresh board (default 9)."_s, u"N"_s, u"9"_s);
    const QCommandLineOption moves(u"moves"_s, u"Drops timed, each followed by one back (default 20)."_s, u"N"_s, u"20"_s);
    const QCommandLineOption deepMoves(
        u"deep-moves"_s, u"Drops timed while the big column is scrolled to its end (default 3, 0: none)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption size(u"size"_s, u"Board size in pixels (default 1600x900)."_s, u"WxH"_s, u"1600x900"_s);
    parser.addOptions({db, runs, moves, deepMoves, size});
    parser.process(app);

    BoardBenchmark::Options options;
    bool okRuns = false, okMoves = false, okDeep = false, okWidth = false, okHeight = false;
    options.runs = parser.value(runs).toInt(&okRuns);
    options.moves = parser.value(moves).toInt(&okMoves);
    options.deepMoves = parser.value(deepMoves).toInt(&okDeep);
    const QStringList dims = parser.value(size).split(u'x');
    if (dims.size() == 2)
        options.size = QSize(dims.at(0).toInt(&okWidth), dims.at(1).toInt(&okHeight));
    if (!okRuns || options.runs < 1 || !okMoves || options.moves < 1 || !okDeep || options.deepMoves < 0 || !okWidth || !okHeight
        || options.size.width() < 400 || options.size.height() < 300) {
        err() << "bench_board: --runs and --moves take positive whole numbers, --deep-moves a whole number, --size WxH at least "
                 "400x300"
              << Qt::endl;
        return 2;
    }
    if (!parser.isSet(db)) {
        err() << "bench_board: --db is required (make one with: lejek-cli demo --db /tmp/demo.sqlite --leads 1000000)"
              << Qt::endl;
        return 2;
    }
    options.db = parser.value(db);
    if (!options.db.startsWith(u"postgres"_s) && !QFileInfo::exists(options.db)) {
        err() << "bench_board: no such database file: " << options.db << Qt::endl;
        return 2;
    }
    return BoardBenchmark(options).run();
}
