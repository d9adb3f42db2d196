// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A report table as CSV: plain for lejek-cli, and for a spreadsheet in the user's
// locale (Polish: ';' between fields, decimal commas, shares as percentages).
#include "ReportTableCsv.h"

#include <QBuffer>
#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

namespace {

// Two lost reasons, one of them typed by someone as a formula, and 3 of 8 won.
PipelineReport lostReport()
{
    PipelineReport report;
    report.total.outcomes.won = 3;
    report.total.outcomes.lost = 5;
    report.total.outcomes.winRate = 0.375;
    report.total.outcomes.lostReasons = {{u"price"_s, 4, 0.8, {}}, {u"=HYPERLINK(1)"_s, 1, 0.2, {}}};
    return report;
}

QString csv(const ReportTable &table, ReportTableCsv::Style style, const QLocale &locale)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = ReportTableCsv::write(&buffer, table, style, locale);
    if (!written)
        return u"error: "_s + written.error().message;
    QString text = QString::fromUtf8(buffer.data());
    text.remove(QChar(0xFEFF));
    return text;
}

} // namespace

class TestReportTableCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forMachines()
    {
        const ReportTable table(ReportTable::Kind::LostReasons, lostReport());
        QCOMPARE(csv(table, ReportTableCsv::Style::ForMachines, QLocale(QLocale::Polish, QLocale::Poland)),
                 u"reason,count,share\r\nprice,4,0.8000\r\n'=HYPERLINK(1),1,0.2000\r\n"_s);
    }
    void polishSpreadsheet()
    {
        const ReportTable table(ReportTable::Kind::WinRate, lostReport());
        // Headers are the English source texts here: the test loads no translation.
        QCOMPARE(csv(table, ReportTableCsv::Style::ForSpreadsheets, QLocale(QLocale::Polish, QLocale::Poland)),
                 u"Won;Lost;Win rate (%)\r\n3;5;37,50\r\n"_s);
    }
    void englishSpreadsheet()
    {
        const ReportTable table(ReportTable::Kind::LostReasons, lostReport());
        QCOMPARE(csv(table, ReportTableCsv::Style::ForSpreadsheets, QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"Reason,Count,Share (%)\r\nprice,4,80.00\r\n'=HYPERLINK(1),1,20.00\r\n"_s);
    }
    void handoffOutcomesWithTheirReasons()
    {
        PipelineReport report;
        report.total.handoff = HandoffQuality{3, 4, 2, 1, 1, 0, {{u"no_fit"_s, 1, 1.0, {}}}};
        const ReportTable table(ReportTable::Kind::Handoff, report);
        QCOMPARE(csv(table, ReportTableCsv::Style::ForMachines, QLocale::c()),
                 u"outcome,reason,count,share\r\naccepted by sales,,2,0.5000\r\nreturned to marketing or nurture,,1,0.2500\r\n"
                 "disqualified,,1,0.2500\r\ndisqualified,no_fit,1,0.2500\r\nwaiting for sales,,0,0.0000\r\n"_s);
    }
    void nothingToDivideIsAnEmptyCell()
    {
        PipelineReport report;
        const ReportTable table(ReportTable::Kind::WinRate, report);
        QCOMPARE(csv(table, ReportTableCsv::Style::ForSpreadsheets, QLocale(QLocale::Polish, QLocale::Poland)),
                 u"Won;Lost;Win rate (%)\r\n0;0;\r\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestReportTableCsv)
#include "tst_reporttablecsv.moc"
