// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourEventFile.h"

#include "CsvReader.h"
#include "ScoringModel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {


constexpr int kMaxListed = 20;

// One event from its keys' values; a wrong value is added to `errors`.
BehaviourEventRequest eventOf(const QHash<QString, QString> &values, qint64 pipelineId, int line, QStringList *errors)
{
    BehaviourEventRequest e;
    e.pipelineId = pipelineId;
    e.email = values.value(u"email"_s).trimmed();
    e.nip = values.value(u"nip"_s).trimmed();
    e.website = values.value(u"website"_s).trimmed();
    e.type = values.value(u"type"_s).trimmed();
    e.detail = values.value(u"detail"_s).trimmed();
    e.externalId = values.value(u"id"_s).trimmed();
    const QString at = values.value(u"at"_s).trimmed();
    if (!at.isEmpty()) {
        e.at = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!e.at.isValid())
            errors->append(QCoreApplication::translate("lejek::BehaviourEventFile", "line %1: at: \"%2\" is not an ISO 8601 time (2026-03-02T10:15:00Z)").arg(line).arg(at));
    }
    if (!BehaviourEvent::types().contains(BehaviourEvent::kindOf(e.type)))
        errors->append(QCoreApplication::translate("lejek::BehaviourEventFile", "line %1: type: \"%2\" is not one of %3, form").arg(line).arg(e.type, BehaviourEvent::types().join(u", "_s)));
    if (e.email.isEmpty() && e.nip.isEmpty() && e.website.isEmpty())
        errors->append(QCoreApplication::translate("lejek::BehaviourEventFile", "line %1: email: an event needs an e-mail, a NIP or a website to find its lead by").arg(line));
    return e;
}

Result<QList<BehaviourEventFile::Line>> finish(QList<BehaviourEventFile::Line> lines, const QStringList &errors, const QString &path)
{
    if (errors.isEmpty())
        return lines;
    QStringList listed = errors.mid(0, kMaxListed);
    if (errors.size() > kMaxListed)
        listed.append(QCoreApplication::translate("lejek::BehaviourEventFile", "… and %1 more").arg(errors.size() - kMaxListed));
    return std::unexpected(Error::invalid(QCoreApplication::translate("lejek::BehaviourEventFile", "%1: nothing was recorded: %2 problem(s) in the file:\n%3")
                                              .arg(path)
                                              .arg(errors.size())
                                              .arg(listed.join(u'\n'))));
}

Result<QList<BehaviourEventFile::Line>> readJsonLines(const QString &path, qint64 pipelineId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(QCoreApplication::translate("lejek::BehaviourEventFile", "cannot read %1: %2").arg(path, file.errorString())));
    QList<BehaviourEventFile::Line> lines;
    QStringList errors;
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++number;
        if (text.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        if (!doc.isObject()) {
            errors.append(QCoreApplication::translate("lejek::BehaviourEventFile", "line %1: not a JSON object (%2)").arg(number).arg(parseError.errorString()));
            continue;
        }
        QHash<QString, QString> values;
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!BehaviourEventFile::keys().contains(it.key())) {
                errors.append(QCoreApplication::translate("lejek::BehaviourEventFile", "line %1: unknown key \"%2\" (expected %3)").arg(number).arg(it.key(), BehaviourEventFile::keys().join(u", "_s)));
                continue;
            }
            values.insert(it.key(), it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString());
        }
        lines.append({number, eventOf(values, pipelineId, number, &errors)});
    }
    return finish(std::move(lines), errors, path);
}

Result<QList<BehaviourEventFile::Line>> readCsv(const QString &path, qint64 pipelineId)
{
    CsvReader reader(path);
    if (auto opened = reader.open(); !opened)
        return std::unexpected(opened.error());
    QStringList errors;
    for (const QString &column : reader.header())
        if (!BehaviourEventFile::keys().contains(column.toLower()))
            return std::unexpected(Error::invalid(
                QCoreApplication::translate("lejek::BehaviourEventFile", "%1: unknown column \"%2\" (the columns are %3)").arg(path, column, BehaviourEventFile::keys().join(u", "_s))));
    QList<BehaviourEventFile::Line> lines;
    for (;;) {
        auto record = reader.next();
        if (!record)
            return std::unexpected(record.error());
        if (!*record)
            break;
        const CsvRecord &r = **record;
        if (r.fields.size() != reader.header().size()) {
            errors.append(QCoreApplication::translate("lejek::BehaviourEventFile", "line %1: %2 fields, the header has %3").arg(r.line).arg(r.fields.size()).arg(reader.header().size()));
            continue;
        }
        QHash<QString, QString> values;
        for (qsizetype i = 0; i < r.fields.size(); ++i)
            values.insert(reader.header().at(i).toLower(), r.fields.at(i));
        lines.append({r.line, eventOf(values, pipelineId, r.line, &errors)});
    }
    return finish(std::move(lines), errors, path);
}

} // namespace

const QStringList &BehaviourEventFile::keys()
{
    static const QStringList list{u"email"_s, u"nip"_s, u"website"_s, u"type"_s, u"detail"_s, u"at"_s, u"id"_s};
    return list;
}

Result<QList<BehaviourEventFile::Line>> BehaviourEventFile::read(const QString &path, qint64 pipelineId)
{
    if (path.endsWith(u".jsonl"_s, Qt::CaseInsensitive) || path.endsWith(u".ndjson"_s, Qt::CaseInsensitive))
        return readJsonLines(path, pipelineId);
    return readCsv(path, pipelineId);
}

} // namespace lejek
