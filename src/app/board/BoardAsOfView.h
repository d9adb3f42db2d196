// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoardSnapshot.h"
#include "LeadFilter.h"
#include "Pipeline.h"
#include "Principal.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QScrollArea;

namespace lejek {
class ReportService;
} // namespace lejek

namespace lejek::app {

class ClosedStageTile;
class StageHeader;

// The board as it stood at the end of a past day, read only: a banner saying so with
// the day to choose, each open and parked stage's head (count, value, weighted value)
// and the won and lost tiles, as ReportService::boardAsOf computes them from history
// (the stages in force then, owners then by id). Nothing here can be dragged or
// edited; "Back to Today" returns to the live board.
class BoardAsOfView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardAsOfView(QWidget *parent = nullptr);

    void setServices(ReportService *reports, const Principal &principal);
    void setPipeline(const Pipeline &pipeline);
    void setFilter(const LeadFilter &filter);
    // Shows the board at the end of `day` (at most today: the date edit stops there).
    void setDay(const QDate &day);
    QDate day() const;

    QString bannerText() const;
    QString noteText() const;
    const QList<StageHeader *> &headers() const { return m_headers; }
    const QList<ClosedStageTile *> &closedTiles() const { return m_tiles; }
    // Under each stage's head or tile, in the stages' order: how today compares
    // ("Today: 40 (+2)").
    const QList<QLabel *> &changes() const { return m_changes; }
    QDateEdit *dayEdit() const { return m_day; }

Q_SIGNALS:
    void backToTodayRequested();
    // The columns for the day came and are shown.
    void loaded();
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void showColumns(const QList<BoardColumn> &then, const QList<BoardColumn> &today);
    // Today's count and value beside the day's, with the difference (`now` null: the
    // stage is gone).
    static QString changeText(const BoardColumn *now, qint64 count, qint64 valueMinor);

    ReportService *m_reports = nullptr;
    Principal m_principal;
    Pipeline m_pipeline;
    LeadFilter m_filter;
    quint64 m_request = 0;
    bool m_stale = false;
    QLabel *m_banner;
    QDateEdit *m_day;
    QLabel *m_note;
    QScrollArea *m_scroll;
    QList<StageHeader *> m_headers;
    QList<ClosedStageTile *> m_tiles;
    QList<QLabel *> m_changes;
    std::optional<QList<BoardColumn>> m_then;
    std::optional<QList<BoardColumn>> m_today;
};

} // namespace lejek::app
