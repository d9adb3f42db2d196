// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace lejek::app {

// The days a dashboard counts: a preset (this month, last quarter, ...) or any two
// days, both included. Editing a day makes it a custom period; "All time" starts
// from the first lead. Optionally, every figure as of the end of a past day, and a
// second period to compare with (the one before). periodChanged once per change.
class PeriodBar : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { Last30Days, ThisMonth, LastMonth, ThisQuarter, LastQuarter, ThisYear, LastYear, AllTime, Custom };
    Q_ENUM(Preset)

    explicit PeriodBar(QWidget *parent = nullptr);

    // `today` is the clock's (a parameter so that tests pick the day).
    void setPreset(Preset preset, const QDate &today = QDate::currentDate());
    Preset preset() const;
    void setPeriod(const QDate &from, const QDate &to); // a custom period
    QDate from() const; // invalid: all time
    QDate to() const;
    // Invalid: today's figures; else as they stood at the end of that day.
    QDate asOf() const;
    void setAsOf(const QDate &day); // invalid: today's
    // The period to compare with (invalid `to`: none): the one before, as long, shifted
    // by the preset's own unit (this quarter so far: the same days of the last one).
    // It is seen as it stood at its own end (or the as-of day, moved with it).
    struct Compared {
        QDate from;
        QDate to;
        QDate asOf;
    };
    std::optional<Compared> compared() const;
    void setComparing(bool on);
    // The days of a preset as of `today` (from invalid for AllTime).
    static std::pair<QDate, QDate> daysOf(Preset preset, const QDate &today);

    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *compareBox() const { return m_compare; }

Q_SIGNALS:
    void periodChanged();

private:
    void onPresetChosen();
    void onDayEdited();

    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_asOfBox;
    QDateEdit *m_asOf;
    QComboBox *m_compare;
    bool m_syncing = false;
};

} // namespace lejek::app
