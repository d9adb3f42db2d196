// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplayPrinter.h"

#include "CsvWriter.h"
#include "TextTable.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::ReplayPrinter", s); }

QString time(const QDateTime &at) { return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString(); }
QJsonValue jsonTime(const QDateTime &at) { return at.isValid() ? QJsonValue(time(at)) : QJsonValue(); }
QJsonValue jsonShare(const std::optional<double> &share) { return share ? QJsonValue(*share) : QJsonValue(); }
QJsonValue jsonUser(qint64 id) { return id ? QJsonValue(id) : QJsonValue(); }

// 0.6667 → "66.7%" ("66,7%" in Polish); none → "–" (nothing to divide by)
QString percent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + u'%' : u"–"_s;
}
QString times(const std::optional<double> &ratio) { return ratio ? QLocale().toString(*ratio, 'f', 2) + u'×' : u"–"_s; }

// Who a decision gives the lead to, by name.
QString replayedOwner(const RoutingReplayRow &row)
{
    return row.decision.userId ? row.decision.user : tr("manager's queue");
}

} // namespace

bool ReplayPrinter::formatFromKey(const QString &key, Format *format)
{
    if (key == u"table"_s)
        *format = Format::Table;
    else if (key == u"json"_s)
        *format = Format::Json;
    else if (key == u"csv"_s)
        *format = Format::Csv;
    else
        return false;
    return true;
}

void ReplayPrinter::writeCsv(const QList<QStringList> &records)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer, CsvWriteOptions{',', false, true}); // names are people's input: neutralised
    for (const QStringList &record : records)
        (void)csv.writeRecord(record); // a buffer in memory does not fail
    m_out << QString::fromUtf8(buffer.data());
}

void ReplayPrinter::print(const RoutingReplayReport &report)
{
    if (m_format == Format::Csv) {
        QList<QStringList> records{{u"lead"_s, u"name"_s, u"created_at"_s, u"actual_owner"_s, u"replayed_owner"_s, u"same"_s,
                                    u"row"_s, u"reason"_s}};
        for (const RoutingReplayRow &row : report.rows)
            records.append({QString::number(row.leadId), row.name, time(row.createdAt), row.actualOwner, replayedOwner(row),
                            row.sameOwner() ? u"yes"_s : u"no"_s, QString::number(row.decision.row), row.decision.reason()});
        writeCsv(records);
        return;
    }
    if (m_format == Format::Json) {
        QJsonArray loads, leads;
        for (const RoutingReplayLoad &load : report.loads)
            loads.append(QJsonObject{{u"user_id"_s, jsonUser(load.userId)}, {u"user"_s, load.name}, {u"actual"_s, load.actual},
                                     {u"replayed"_s, load.replayed}, {u"capacity"_s, load.capacity}});
        for (const RoutingReplayRow &row : report.rows)
            leads.append(QJsonObject{{u"lead"_s, row.leadId}, {u"name"_s, row.name}, {u"created_at"_s, jsonTime(row.createdAt)},
                                     {u"actual_owner_id"_s, jsonUser(row.actualOwnerId)}, {u"actual_owner"_s, row.actualOwner},
                                     {u"replayed_owner_id"_s, jsonUser(row.decision.userId)}, {u"replayed_owner"_s, replayedOwner(row)},
                                     {u"row"_s, row.decision.row}, {u"reason"_s, row.decision.reason()}});
        const QJsonObject out{{u"leads"_s, int(report.rows.size())}, {u"same_owner"_s, report.sameOwner},
                              {u"to_queue"_s, report.toQueue}, {u"loads"_s, loads}, {u"replayed"_s, leads}};
        m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return;
    }
    const int leads = int(report.rows.size());
    const int differing = leads - report.sameOwner;
    m_out << tr("Leads replayed: %1. %2 would go to whoever got them first (%3), %4 to someone else; %5 would wait in the "
                "manager's queue")
                 .arg(leads)
                 .arg(report.sameOwner)
                 .arg(percent(leads ? std::optional<double>(double(report.sameOwner) / leads) : std::nullopt))
                 .arg(differing)
                 .arg(report.toQueue)
          << Qt::endl << Qt::endl;
    TextTable loads({tr("User"), tr("Got"), tr("Would get"), tr("Change"), tr("Capacity")});
    for (const RoutingReplayLoad &load : report.loads)
        loads.addRow({load.name, QString::number(load.actual), QString::number(load.replayed),
                      QString::asprintf("%+d", load.replayed - load.actual), load.capacity ? QString::number(load.capacity) : u"–"_s});
    loads.print(m_out);
    if (differing == 0)
        return;
    TextTable changes({tr("Lead"), tr("Created"), tr("Got it"), tr("Would get it"), tr("Why")});
    int listed = 0;
    for (const RoutingReplayRow &row : report.rows)
        if (!row.sameOwner() && listed++ < TableLeads)
            changes.addRow({u"%1 %2"_s.arg(row.leadId).arg(row.name), row.createdAt.toUTC().date().toString(Qt::ISODate),
                            row.actualOwner, replayedOwner(row), row.decision.reason()});
    m_out << Qt::endl << tr("Leads that would go to someone else:") << Qt::endl;
    changes.print(m_out);
    if (differing > TableLeads)
        m_out << tr("… and %1 more (--format csv lists every lead)").arg(differing - int(TableLeads)) << Qt::endl;
}

void ReplayPrinter::print(const ScoringReplayReport &report)
{
    const auto outcome = [](const ScoringReplayRow &row) {
        if (row.handedOff())
            return row.converted() ? u"handed_off_converted"_s : u"handed_off_not_converted"_s;
        return row.converted() ? u"missed_converted"_s : u"not_handed_off_not_converted"_s;
    };
    if (m_format == Format::Csv) {
        QList<QStringList> records{{u"lead"_s, u"name"_s, u"created_at"_s, u"handoff_at"_s, u"score"_s, u"score_reasons"_s,
                                    u"converted_at"_s, u"outcome"_s}};
        for (const ScoringReplayRow &row : report.rows)
            records.append({QString::number(row.leadId), row.name, time(row.createdAt), time(row.handoffAt),
                            QString::number(row.score.total), row.score.explain(), time(row.convertedAt), outcome(row)});
        writeCsv(records);
        return;
    }
    if (m_format == Format::Json) {
        QJsonArray leads;
        for (const ScoringReplayRow &row : report.rows)
            leads.append(QJsonObject{{u"lead"_s, row.leadId}, {u"name"_s, row.name}, {u"created_at"_s, jsonTime(row.createdAt)},
                                     {u"handoff_at"_s, jsonTime(row.handoffAt)}, {u"score"_s, row.score.total},
                                     {u"score_reasons"_s, row.score.explain()}, {u"converted_at"_s, jsonTime(row.convertedAt)},
                                     {u"outcome"_s, outcome(row)}});
        const QJsonObject out{{u"leads"_s, report.leads},
                              {u"converted_stage"_s, report.convertedStage},
                              {u"handoff_threshold"_s, report.handoffThreshold},
                              {u"handed_off"_s, report.handedOff},
                              {u"converted"_s, report.converted},
                              {u"handed_off_and_converted"_s, report.handedOffAndConverted},
                              {u"precision"_s, jsonShare(report.precision())},
                              {u"recall"_s, jsonShare(report.recall())},
                              {u"base_rate"_s, jsonShare(report.baseRate())},
                              {u"lift"_s, jsonShare(report.lift())},
                              {u"replayed"_s, leads}};
        m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return;
    }
    m_out << tr("Leads replayed: %1. Converted: reached %2 or later; handoff: %3 points")
                 .arg(report.leads)
                 .arg(report.convertedStage)
                 .arg(report.handoffThreshold)
          << Qt::endl
          << Qt::endl;
    TextTable matrix({QString(), tr("Converted"), tr("Not converted"), tr("All")});
    const int notHanded = report.leads - report.handedOff;
    const int missed = report.converted - report.handedOffAndConverted;
    matrix.addRow({tr("Handed off"), QString::number(report.handedOffAndConverted),
                   QString::number(report.handedOff - report.handedOffAndConverted), QString::number(report.handedOff)});
    matrix.addRow({tr("Not handed off"), QString::number(missed), QString::number(notHanded - missed), QString::number(notHanded)});
    matrix.addRow({tr("All"), QString::number(report.converted), QString::number(report.leads - report.converted),
                   QString::number(report.leads)});
    matrix.print(m_out);
    m_out << Qt::endl
          << tr("Precision %1 (of the leads handed off, the share that converted)").arg(percent(report.precision())) << Qt::endl
          << tr("Recall    %1 (of the leads that converted, the share handed off)").arg(percent(report.recall())) << Qt::endl
          << tr("Base rate %1 (of all leads, the share that converted)").arg(percent(report.baseRate())) << Qt::endl
          << tr("Lift      %1 (precision over the base rate: how much better than picking at random)").arg(times(report.lift()))
          << Qt::endl;
    TextTable handed({tr("Lead"), tr("Handed off"), tr("Score"), tr("Converted"), tr("Why")});
    int count = 0;
    for (const ScoringReplayRow &row : report.rows)
        if (row.handedOff() && ++count <= TableLeads)
            handed.addRow({u"%1 %2"_s.arg(row.leadId).arg(row.name), time(row.handoffAt), QString::number(row.score.total),
                           row.converted() ? time(row.convertedAt) : tr("no"), row.score.explain()});
    if (count == 0)
        return;
    m_out << Qt::endl << tr("Leads that would have been handed off:") << Qt::endl;
    handed.print(m_out);
    if (count > TableLeads)
        m_out << tr("… and %1 more (--format csv lists every lead)").arg(count - int(TableLeads)) << Qt::endl;
}

} // namespace lejek::cli
