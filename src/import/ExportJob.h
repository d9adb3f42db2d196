// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportRequest.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace lejek {

class LeadService;

// Writes a pipeline's leads, the same way for lejek-cli and the app: CSV (UTF-8 with a
// BOM, formula-safe) or the JSON of `lejek-cli leads`, page by page so a million leads
// hold one page in memory, into a file that is replaced only when the export is
// complete (QSaveFile).
//
// run() waits on the services' futures, so it runs anywhere but on a UI thread:
// lejek-cli calls it directly, the app calls start(), which runs it on a thread of its
// own and signals finished(). cancel() stops it between pages and leaves the old file.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageRows = 500;

    ExportJob(LeadService &leads, ExportRequest request, QObject *parent = nullptr);
    // Cancels a running export and waits for its page to end.
    ~ExportJob() override;

    const ExportRequest &request() const { return m_request; }

    ExportResult run();
    void start();
    bool isRunning() const;
    void cancel() { m_cancel.store(true); }

    // The CSV's columns for a pipeline: id, version, pipeline, stage, owner, every
    // field's key, then the times.
    static QStringList columns(const Pipeline &pipeline);

Q_SIGNALS:
    // After every page: leads written, and how many there are (-1 until known).
    void progressed(qint64 written, qint64 total);
    void finished(const lejek::ExportResult &result);

private:
    LeadService &m_leads;
    ExportRequest m_request;
    std::atomic<bool> m_cancel = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace lejek
