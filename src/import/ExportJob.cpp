// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportJob.h"

#include "CsvWriter.h"
#include "LeadJson.h"
#include "LeadService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
template<typename T> T waitFor(QFuture<T> future)
{
    future.waitForFinished(); // on a worker thread (or lejek-cli's), never the UI's
    return future.result();
}

// A lead object's value as a CSV cell: money with two decimals after `decimalMark`,
// empty for null.
QString cell(const QJsonValue &value, const FieldDefinition *field, QChar decimalMark)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return field && field->type == FieldType::Money ? QString::number(value.toDouble(), 'f', 2).replace(u'.', decimalMark)
                                                        : QString::number(value.toInteger());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items.append(v.toString());
        return items.join(u';');
    }
    return value.toString();
}

// Writes the leads as they come, CSV or JSON, to one device.
class LeadWriter
{
public:
    LeadWriter(QIODevice *device, const ExportRequest &request)
        : m_device(device)
        , m_request(request)
        , m_fields(request.pipeline.fields())
        , m_columns(ExportJob::columns(request.pipeline))
        , m_csv(device, CsvWriteOptions{request.delimiter == ';' ? ';' : ',', true, true})
    { }

    Result<void> begin()
    {
        if (m_request.format == ExportRequest::Format::Csv)
            return m_csv.writeRecord(m_columns);
        return raw("[");
    }

    Result<void> write(const Lead &lead)
    {
        const QJsonObject object = LeadJson::toJson(lead, m_request.pipeline);
        if (m_request.format == ExportRequest::Format::Json) {
            const char *separator = m_first ? "\n" : ",\n";
            m_first = false;
            if (auto r = raw(separator); !r)
                return r;
            return raw(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        QStringList row;
        for (const QString &column : m_columns) {
            const auto field = std::find_if(m_fields.begin(), m_fields.end(), [&](const FieldDefinition &f) { return f.key == column; });
            // A ';' file is for spreadsheets that read "1234,56" as a number (Polish
            // ones), and would read "1234.56" as text or a date.
            row.append(cell(object.value(column), field == m_fields.end() ? nullptr : &*field, m_request.delimiter == ';' ? u',' : u'.'));
        }
        return m_csv.writeRecord(row);
    }

    Result<void> end()
    {
        if (m_request.format == ExportRequest::Format::Json)
            return raw(m_first ? "]\n" : "\n]\n");
        return ok();
    }

private:
    Result<void> raw(const QByteArray &bytes)
    {
        if (m_device->write(bytes) != bytes.size())
            return std::unexpected(Error::storage(QCoreApplication::translate("lejek::ExportJob", "cannot write: %1").arg(m_device->errorString())));
        return ok();
    }

    QIODevice *m_device;
    const ExportRequest &m_request;
    const QList<FieldDefinition> m_fields;
    const QStringList m_columns;
    CsvWriter m_csv;
    bool m_first = true;
};
} // namespace

ExportJob::ExportJob(LeadService &leads, ExportRequest request, QObject *parent)
    : QObject(parent)
    , m_leads(leads)
    , m_request(std::move(request))
{
    qRegisterMetaType<lejek::ExportResult>();
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

QStringList ExportJob::columns(const Pipeline &pipeline)
{
    QStringList columns{u"id"_s, u"version"_s, u"pipeline"_s, u"stage"_s, u"owner"_s};
    for (const FieldDefinition &f : pipeline.fields())
        columns.append(f.key);
    columns += QStringList{u"created_at"_s, u"updated_at"_s, u"stage_entered_at"_s, u"last_activity_at"_s, u"closed_at"_s};
    return columns;
}

ExportResult ExportJob::run()
{
    ExportResult result;
    QList<qint64> stageIds = m_request.stageIds;
    if (stageIds.isEmpty())
        for (const Stage &s : m_request.pipeline.stages)
            stageIds.append(s.id);

    // How many there are, for a progress bar.
    const Result<QList<StageTotals>> totals = waitFor(m_leads.stageTotals(m_request.by, m_request.pipeline.id));
    if (!totals) {
        result.error = totals.error();
        return result;
    }
    qint64 total = 0;
    for (const StageTotals &t : *totals)
        total += stageIds.contains(t.stageId) ? t.count : 0;
    Q_EMIT progressed(0, total);

    // A file is written beside the target and renamed over it at the end: an export
    // that fails, is cancelled or is killed never leaves half a file behind.
    std::unique_ptr<QSaveFile> file;
    QIODevice *device = m_request.device;
    if (!m_request.path.isEmpty()) {
        file = std::make_unique<QSaveFile>(m_request.path);
        if (!file->open(QIODevice::WriteOnly)) {
            result.error = Error::storage(tr("cannot write %1: %2").arg(m_request.path, file->errorString()));
            return result;
        }
        device = file.get();
    }
    if (!device) {
        result.error = Error::storage(tr("no file to export to"));
        return result;
    }

    LeadWriter writer(device, m_request);
    auto stop = [&](const Error &error) {
        result.error = error;
        return result; // a QSaveFile not committed leaves the old file as it was
    };
    if (auto r = writer.begin(); !r)
        return stop(r.error());
    for (qint64 stageId : std::as_const(stageIds)) {
        PageRequest request;
        request.stageId = stageId;
        request.sort = LeadSort::Age; // oldest in stage first, keyset pages
        request.descending = false;
        request.limit = PageRows;
        request.longRead = true; // pages never queue behind the board's writes
        for (;;) {
            if (m_cancel.load()) {
                result.cancelled = true;
                return result;
            }
            const Result<StagePage> page = waitFor(m_leads.stagePage(m_request.by, m_request.pipeline.id, request));
            if (!page)
                return stop(page.error());
            for (const Lead &lead : page->leads) {
                if (auto r = writer.write(lead); !r)
                    return stop(r.error());
                ++result.written;
            }
            Q_EMIT progressed(result.written, std::max(total, result.written));
            if (!page->hasMore)
                break;
            request.after = page->next;
        }
    }
    if (auto r = writer.end(); !r)
        return stop(r.error());
    if (file) {
        if (!file->commit())
            return stop(Error::storage(tr("cannot write %1: %2").arg(m_request.path, file->errorString())));
        result.path = m_request.path;
    }
    return result;
}

void ExportJob::start()
{
    Q_ASSERT(!m_thread);
    // Its own thread: it waits on the store, and must not hold a pool thread meanwhile.
    m_thread.reset(QThread::create([this] { Q_EMIT finished(run()); }));
    m_thread->setObjectName(u"lejek-export"_s);
    m_thread->start();
}

bool ExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace lejek
