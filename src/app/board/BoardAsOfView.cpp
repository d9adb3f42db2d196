// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardAsOfView.h"

#include "ClosedStageTile.h"
#include "ReportService.h"
#include "StageHeader.h"
#include "application/FutureWatch.h"

#include <QDateEdit>
#include <QDateTime>
#include <QLocale>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
// Today as the report service counts days: in UTC, like every period (a day after it is refused).
QDate today() { return QDateTime::currentDateTimeUtc().date(); }
} // namespace

BoardAsOfView::BoardAsOfView(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_day(new QDateEdit(this))
    , m_note(new QLabel(this))
{
    setObjectName(u"boardAsOf"_s);
    // The banner: unmistakably not the live board.
    auto *banner = new QFrame(this);
    banner->setObjectName(u"boardAsOfBanner"_s);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    QPalette tinted = banner->palette();
    tinted.setColor(QPalette::Window, tinted.color(QPalette::ToolTipBase));
    tinted.setColor(QPalette::WindowText, tinted.color(QPalette::ToolTipText));
    banner->setPalette(tinted);
    QFont bold = m_banner->font();
    bold.setBold(true);
    m_banner->setFont(bold);
    m_banner->setObjectName(u"boardAsOfText"_s);
    m_day->setObjectName(u"boardAsOfDay"_s);
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(today());
    m_day->setDate(today().addDays(-1));
    auto *dayLabel = new QLabel(tr("&Day:"), banner);
    dayLabel->setBuddy(m_day);
    auto *back = new QPushButton(tr("Back to &Today"), banner);
    back->setObjectName(u"boardAsOfBack"_s);
    connect(back, &QPushButton::clicked, this, &BoardAsOfView::backToTodayRequested);
    auto *bannerRow = new QHBoxLayout(banner);
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(dayLabel);
    bannerRow->addWidget(m_day);
    bannerRow->addWidget(back);

    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addWidget(m_note);
    layout->addWidget(m_scroll, 1);
    connect(m_day, &QDateEdit::dateChanged, this, &BoardAsOfView::load);
    setDay(m_day->date());
}

void BoardAsOfView::setServices(ReportService *reports, const Principal &principal)
{
    m_reports = reports;
    m_principal = principal;
    load();
}

void BoardAsOfView::setPipeline(const Pipeline &pipeline)
{
    m_pipeline = pipeline;
    load();
}

void BoardAsOfView::setFilter(const LeadFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    load();
}

void BoardAsOfView::setDay(const QDate &day)
{
    m_day->setMaximumDate(today());
    if (day == m_day->date())
        load();
    else
        m_day->setDate(day); // loads
}

QDate BoardAsOfView::day() const { return m_day->date(); }

QString BoardAsOfView::bannerText() const { return m_banner->text(); }

QString BoardAsOfView::noteText() const { return m_note->text(); }

void BoardAsOfView::load()
{
    const QDate day = m_day->date();
    m_banner->setText(tr("The board as of %1: read only, from history").arg(QLocale().toString(day, QLocale::LongFormat)));
    const quint64 request = ++m_request;
    if (!m_reports || m_pipeline.id == 0)
        return;
    if (!isVisible()) {
        m_stale = true; // asked when shown
        return;
    }
    m_stale = false;
    // That day and today, both from history, so each column says what changed since.
    m_then.reset();
    m_today.reset();
    for (const auto &[date, slot] : {std::pair{day, &m_then}, std::pair{today(), &m_today}}) {
        FutureWatch::then(this, m_reports->boardAsOf(m_principal, BoardAsOfRequest{m_pipeline.id, date, m_filter}),
                          [this, request, slot](const Result<BoardAsOf> &board) {
                              if (request != m_request)
                                  return; // a newer day or filter replaced it
                              if (!board) {
                                  ++m_request; // one message, not two
                                  Q_EMIT failed(board.error().message);
                                  return;
                              }
                              *slot = board->columns;
                              if (m_then && m_today)
                                  showColumns(*m_then, *m_today);
                          });
    }
}

QString BoardAsOfView::changeText(const BoardColumn *now, qint64 count, qint64 valueMinor)
{
    if (!now)
        return tr("Not a stage any more");
    const QLocale locale;
    const auto signedCount = [&](qint64 n) { return (n > 0 ? u"+"_s : n < 0 ? u"−"_s : u"±"_s) + locale.toString(std::abs(n)); };
    const auto signedValue = [&](qint64 minor) {
        const QString text = StageHeader::formatTotal(std::abs(minor), locale);
        return (minor > 0 ? u"+"_s : minor < 0 ? u"−"_s : u"±"_s) + text;
    };
    return tr("Today: %1 (%2)\n%3 (%4)")
        .arg(locale.toString(now->count), signedCount(now->count - count), StageHeader::formatTotal(now->valueMinor, locale),
             signedValue(now->valueMinor - valueMinor));
}

void BoardAsOfView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void BoardAsOfView::showColumns(const QList<BoardColumn> &then, const QList<BoardColumn> &today)
{
    // A new row of heads each time: the stages of one day need not be another's.
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    auto *closed = new QVBoxLayout;
    m_headers.clear();
    m_tiles.clear();
    m_changes.clear();
    for (const BoardColumn &column : then) {
        const StageTotals totals{column.stage.id, column.count, column.valueMinor, column.weightedMinor};
        const auto now = std::find_if(today.cbegin(), today.cend(), [&](const BoardColumn &c) { return c.stage.id == column.stage.id; });
        auto *change = new QLabel(changeText(now == today.cend() ? nullptr : &*now, column.count, column.valueMinor), row);
        change->setForegroundRole(QPalette::PlaceholderText);
        change->setWordWrap(true);
        m_changes.append(change);
        auto *cell = new QVBoxLayout;
        if (column.stage.isClosed()) {
            auto *tile = new ClosedStageTile(column.stage, row);
            tile->setTotals(totals);
            cell->addWidget(tile);
            cell->addWidget(change);
            closed->addLayout(cell);
            m_tiles.append(tile);
        } else {
            auto *header = new StageHeader(column.stage, row);
            header->setTotals(totals);
            header->setMinimumWidth(170); // as wide as the live board's columns
            cell->addWidget(header);
            cell->addWidget(change);
            cell->addStretch(1);
            layout->addLayout(cell, 1);
            m_headers.append(header);
        }
    }
    closed->addStretch(1);
    layout->addLayout(closed); // on the right, as on the live board
    const bool none = std::all_of(then.cbegin(), then.cend(), [](const BoardColumn &c) { return c.count == 0; });
    m_note->setText(none ? tr("No lead had come into this pipeline (or passed the filter) by the end of that day. Choose a later "
                              "day above, or go back to today.")
                         : tr("Each stage as it stood at the end of the day: how many leads were in it and what they are worth, "
                              "with the stages, names and owners of that day, and below, how that compares with today. The "
                              "cards and the moves are on today's board."));
    delete m_scroll->takeWidget();
    m_scroll->setWidget(row);
    Q_EMIT loaded();
}

} // namespace lejek::app
