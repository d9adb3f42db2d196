// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How the dashboard's feed splits a report into parts: every section asked for once,
// by the breakdown where it groups it, for the whole alone where it does not; the
// groups before time in stage (the funnel comes with them). Over a report service that
// records what it is asked and answers each part at once with its own sections:
// tst_dashboardview runs the feed over the real one.
#include "dashboard/DashboardFeed.h"

#include <QTest>

using namespace lejek;
using namespace lejek::app;
using namespace Qt::Literals::StringLiterals;

namespace {

class RecordingReports : public ReportService
{
public:
    QList<ReportRequest> asked;

    QFuture<Result<PipelineReport>> report(const Principal &, const ReportRequest &request) override
    {
        asked.append(request);
        PipelineReport part;
        part.by = request.by;
        part.sections = request.sections;
        part.groupSections = request.by == Breakdown::None ? ReportSections() : request.sections & request.groupSections;
        return QtFuture::makeReadyFuture(Result<PipelineReport>(part));
    }
    QFuture<Result<QList<qint64>>> leads(const Principal &, const ReportRequest &, const ReportFigure &) override
    {
        return QtFuture::makeReadyFuture(Result<QList<qint64>>(QList<qint64>{}));
    }
    QFuture<Result<BoardAsOf>> boardAsOf(const Principal &, const BoardAsOfRequest &) override
    {
        return QtFuture::makeReadyFuture(Result<BoardAsOf>(BoardAsOf{}));
    }
};

constexpr ReportSections Dashboards{ReportSection::Cohort, ReportSection::Outcomes, ReportSection::Handoffs}; // its owners' table

} // namespace

class TestDashboardFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySectionOnceInItsPart_data()
    {
        QTest::addColumn<bool>("asOf");
        QTest::addColumn<int>("by");
        QTest::addColumn<int>("groupSections");
        for (const bool asOf : {false, true}) {
            const QString day = asOf ? u"as of a day"_s : u"today"_s;
            QTest::addRow("%s, whole", qPrintable(day)) << asOf << int(Breakdown::None) << int(AllSections.toInt());
            QTest::addRow("%s, the dashboard's owners", qPrintable(day)) << asOf << int(Breakdown::Owner) << int(Dashboards.toInt());
            QTest::addRow("%s, all by team", qPrintable(day)) << asOf << int(Breakdown::Team) << int(AllSections.toInt());
            QTest::addRow("%s, handoffs by source", qPrintable(day))
                << asOf << int(Breakdown::Source) << int(ReportSections(ReportSection::Handoffs).toInt());
            QTest::addRow("%s, open leads and stays by campaign", qPrintable(day))
                << asOf << int(Breakdown::Campaign) << int((ReportSection::OpenLeads | ReportSection::Stays).toInt());
            QTest::addRow("%s, nothing grouped", qPrintable(day)) << asOf << int(Breakdown::Owner) << 0;
        }
    }

    void everySectionOnceInItsPart()
    {
        QFETCH(bool, asOf);
        QFETCH(int, by);
        QFETCH(int, groupSections);
        RecordingReports reports;
        DashboardFeed feed;
        feed.setService(&reports, Principal::owner());
        QList<PipelineReport> ready;
        int parts = 0;
        connect(&feed, &DashboardFeed::ready, this, [&ready](const PipelineReport &report) { ready.append(report); });
        connect(&feed, &DashboardFeed::partReady, this, [&parts] { ++parts; });
        ReportRequest whole{7, QDate(2026, 4, 1), QDate(2026, 6, 30), {}, Breakdown(by), asOf ? QDate(2026, 6, 15) : QDate(),
                            AllSections, ReportSections::fromInt(groupSections)};
        feed.request(whole, std::nullopt);

        const ReportSections grouped = whole.by == Breakdown::None ? ReportSections() : whole.groupSections;
        ReportSections seen;
        qsizetype groupsAt = -1, staysAt = -1;
        for (qsizetype i = 0; i < reports.asked.size(); ++i) {
            const ReportRequest &part = reports.asked.at(i);
            QVERIFY(part.sections);
            QVERIFY2(!(seen & part.sections), "a section asked for twice");
            seen |= part.sections;
            QCOMPARE(part.pipelineId, whole.pipelineId);
            QCOMPARE(part.asOf, whole.asOf);
            // By the breakdown exactly where it groups the section.
            for (const ReportSection s : {ReportSection::Cohort, ReportSection::Outcomes, ReportSection::OpenLeads, ReportSection::Stays,
                                          ReportSection::Handoffs})
                if (part.sections.testFlag(s))
                    QCOMPARE(part.by, grouped.testFlag(s) ? whole.by : Breakdown::None);
            if (part.by != Breakdown::None && part.sections.testFlag(ReportSection::Cohort))
                groupsAt = i;
            if (part.sections.testFlag(ReportSection::Stays))
                staysAt = i;
        }
        QCOMPARE(seen, whole.sections);
        // The handoffs (the long lane's) apart from the summed sections, whichever way.
        for (const ReportRequest &part : std::as_const(reports.asked))
            QVERIFY(!part.sections.testFlag(ReportSection::Handoffs) || part.sections == ReportSections(ReportSection::Handoffs));
        if (groupsAt >= 0 && staysAt != groupsAt)
            QVERIFY2(groupsAt < staysAt, "the groups, and the funnel with them, after time in stage");

        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.first().sections, whole.sections);
        QCOMPARE(parts, reports.asked.size() - 1);
    }
};

QTEST_MAIN(TestDashboardFeed)
#include "tst_dashboardfeed.moc"
