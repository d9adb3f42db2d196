// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>

namespace lejek::app {

namespace {

QDate quarterStart(const QDate &day) { return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1); }

} // namespace

PeriodBar::PeriodBar(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_asOfBox(new QCheckBox(tr("&As of the end of"), this))
    , m_asOf(new QDateEdit(this))
    , m_compare(new QComboBox(this))
{
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), int(Preset::LastMonth));
    m_preset->addItem(tr("This quarter"), int(Preset::ThisQuarter));
    m_preset->addItem(tr("Last quarter"), int(Preset::LastQuarter));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Last year"), int(Preset::LastYear));
    m_preset->addItem(tr("All time"), int(Preset::AllTime));
    m_preset->addItem(tr("Custom"), int(Preset::Custom));
    m_preset->setAccessibleName(tr("Period"));
    for (QDateEdit *edit : {m_from, m_to, m_asOf}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    auto *label = new QLabel(tr("P&eriod:"), this);
    label->setBuddy(m_preset);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(12);
    // As of a past day: every figure as it stood then, from history.
    m_asOfBox->setToolTip(tr("Every figure as it stood at the end of a past day, from history"));
    m_asOf->setAccessibleName(tr("As of the end of"));
    // Days end in UTC, as the report service counts them (a day after today is refused).
    const QDate utcToday = QDateTime::currentDateTimeUtc().date();
    m_asOf->setMaximumDate(utcToday);
    m_asOf->setDate(utcToday.addDays(-1));
    m_asOf->setEnabled(false);
    layout->addWidget(m_asOfBox);
    layout->addWidget(m_asOf);
    layout->addSpacing(12);
    m_compare->addItem(tr("No comparison"), false);
    m_compare->addItem(tr("Compare with the period before"), true);
    m_compare->setAccessibleName(tr("Compare"));
    layout->addWidget(m_compare);
    connect(m_asOfBox, &QCheckBox::toggled, this, [this](bool on) {
        m_asOf->setEnabled(on);
        if (!m_syncing)
            Q_EMIT periodChanged();
    });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        if (m_asOfBox->isChecked() && !m_syncing)
            Q_EMIT periodChanged();
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, &PeriodBar::periodChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &PeriodBar::onPresetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodBar::onDayEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodBar::onDayEdited);
    setPreset(Preset::ThisQuarter);
}

std::pair<QDate, QDate> PeriodBar::daysOf(Preset preset, const QDate &today)
{
    const QDate month(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::Last30Days: return {today.addDays(-29), today};
    case Preset::ThisMonth: return {month, today};
    case Preset::LastMonth: return {month.addMonths(-1), month.addDays(-1)};
    case Preset::ThisQuarter: return {quarterStart(today), today};
    case Preset::LastQuarter: return {quarterStart(today).addMonths(-3), quarterStart(today).addDays(-1)};
    case Preset::ThisYear: return {QDate(today.year(), 1, 1), today};
    case Preset::LastYear: return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Preset::AllTime:
    case Preset::Custom: break;
    }
    return {QDate(), today};
}

void PeriodBar::setPreset(Preset preset, const QDate &today)
{
    m_syncing = true;
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    if (preset != Preset::Custom) {
        const auto [from, to] = daysOf(preset, today);
        m_from->setDate(from.isValid() ? from : QDate(2000, 1, 1));
        m_to->setDate(to);
        m_from->setEnabled(from.isValid());
    }
    m_syncing = false;
    Q_EMIT periodChanged();
}

PeriodBar::Preset PeriodBar::preset() const { return Preset(m_preset->currentData().toInt()); }

void PeriodBar::setPeriod(const QDate &from, const QDate &to)
{
    m_syncing = true;
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    m_from->setEnabled(true);
    m_from->setDate(from);
    m_to->setDate(to);
    m_syncing = false;
    Q_EMIT periodChanged();
}

QDate PeriodBar::from() const { return preset() == Preset::AllTime ? QDate() : m_from->date(); }
QDate PeriodBar::to() const { return m_to->date(); }

QDate PeriodBar::asOf() const { return m_asOfBox->isChecked() ? m_asOf->date() : QDate(); }

void PeriodBar::setAsOf(const QDate &day)
{
    m_syncing = true;
    m_asOf->setMaximumDate(QDateTime::currentDateTimeUtc().date());
    if (day.isValid())
        m_asOf->setDate(day);
    m_asOfBox->setChecked(day.isValid());
    m_syncing = false;
    Q_EMIT periodChanged();
}

void PeriodBar::setComparing(bool on) { m_compare->setCurrentIndex(on ? 1 : 0); }

std::optional<PeriodBar::Compared> PeriodBar::compared() const
{
    if (!m_compare->currentData().toBool())
        return std::nullopt;
    const QDate first = from().isValid() ? from() : QDate(2000, 1, 1);
    const auto shift = [&](const QDate &day) {
        switch (preset()) {
        case Preset::ThisMonth:
        case Preset::LastMonth: return day.addMonths(-1);
        case Preset::ThisQuarter:
        case Preset::LastQuarter: return day.addMonths(-3);
        case Preset::ThisYear:
        case Preset::LastYear:
        case Preset::AllTime: return day.addYears(-1);
        case Preset::Last30Days:
        case Preset::Custom: break;
        }
        return day.addDays(-(first.daysTo(to()) + 1)); // the days just before, as many
    };
    // A month's last day stays the last day of the month before ("last month" is whole).
    const bool wholeMonths = preset() == Preset::LastMonth || preset() == Preset::LastQuarter;
    QDate last = shift(to());
    if (wholeMonths)
        last = QDate(last.year(), last.month(), last.daysInMonth());
    // Each as it stood at its own end: what was open, leaking or forecast then.
    return Compared{from().isValid() ? shift(first) : QDate(), last, asOf().isValid() ? shift(asOf()) : last};
}

void PeriodBar::onPresetChosen()
{
    if (!m_syncing && preset() != Preset::Custom)
        setPreset(preset());
    else if (!m_syncing)
        m_from->setEnabled(true);
}

void PeriodBar::onDayEdited()
{
    if (m_syncing)
        return;
    // A day picked by hand: the period is the user's own from now on.
    setPeriod(m_from->date(), m_to->date());
}

} // namespace lejek::app
