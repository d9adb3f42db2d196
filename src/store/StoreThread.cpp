// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreThread.h"

#include "Migrator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QMetaObject>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace lejek {

using namespace Qt::Literals::StringLiterals;

StoreThread::StoreThread(ConnectionSettings settings) : StoreThread(std::move(settings), Access::ReadWrite) {}

StoreThread::StoreThread(ConnectionSettings settings, Access access) : m_settings(std::move(settings)), m_access(access)
{
    static QAtomicInteger<int> counter;
    m_connectionName = u"lejek-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    m_thread.setObjectName(access == Access::ReadOnly ? u"lejek-store-reader"_s : u"lejek-store"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    {
        // Its jobs finish first: they may hand results to callers of this store.
        QMutexLocker lock(&m_readerMutex);
        m_reader.reset();
        m_shortReader.reset();
    }
    // Close the connection on its own thread, after every queued job; the residents
    // still use it while they go.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_residents.clear();
            m_interrupt = {};
            m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreThread::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

QString StoreThread::notOpenMessage() const
{
    const QString notOpen = QCoreApplication::translate("lejek::StoreThread", "the database is not open");
    // A caller that queued work behind open() without waiting for it (an import's own
    // connection) learns why from its first job.
    return m_openError.isEmpty() ? notOpen : notOpen + u": "_s + m_openError;
}

QFuture<Result<void>> StoreThread::open(int schemaVersion)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    QFuture<Result<void>> future = promise->future();
    promise->start();
    post([this, promise, schemaVersion] {
        auto opened = Database::open(m_settings, m_connectionName);
        if (!opened) {
            m_openError = opened.error().message;
            promise->addResult(Result<void>(std::unexpected(opened.error())));
        } else {
            auto migrated = Migrator::migrate(**opened, schemaVersion);
            if (migrated)
                m_database = std::move(*opened);
            m_openError = migrated ? QString() : migrated.error().message;
            promise->addResult(migrated);
        }
        promise->finish();
    });
    return future;
}

StoreThread &StoreThread::reader(Lane lane)
{
    if (m_access == Access::ReadOnly || m_settings.isInMemory())
        return *this;
    std::unique_ptr<StoreThread> &reader = lane == Lane::Short ? m_shortReader : m_reader;
    if (!reader || reader->m_openFailed.load()) {
        reader.reset(new StoreThread(m_settings, Access::ReadOnly));
        reader->openReadOnly(); // queued before the first job; a failure is that job's error
    }
    return *reader;
}

void StoreThread::openReadOnly()
{
    post([this] {
        yieldToTheUi();
        auto opened = Database::open(m_settings, m_connectionName);
        if (!opened) {
            m_openError = opened.error().message;
            m_openFailed = true;
            return;
        }
        if (auto r = (*opened)->execScript((*opened)->dialect().readOnlySession()); !r) {
            m_openError = r.error().message;
            m_openFailed = true;
            return;
        }
        m_database = std::move(*opened);
        m_interrupt = JobCanceller::interrupterOf(*m_database);
    });
}

void StoreThread::yieldToTheUi()
{
    // A reader decodes rows at full speed for as long as a report lasts. On two cores,
    // beside PostgreSQL's own backends, the UI thread then waits its turn for the
    // processor: refreshing all time at 1M (bench_dashboard, five runs of three), its
    // 1 ms heartbeat's longest wait was 35-120 ms a run, with no event over 33 ms; with
    // the readers at nice 10, 40-82 ms, and no refresh slower. Qt's thread priorities
    // do nothing on Linux (SCHED_OTHER has one), so there the thread's own nice value
    // is set.
    QThread::currentThread()->setPriority(QThread::LowPriority);
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}

QFuture<Result<void>> StoreThread::attach(ResidentFactory make)
{
    return run([this, make = std::move(make)](Database &db) -> Result<void> {
        auto made = make(db);
        if (!made)
            return std::unexpected(made.error());
        if (*made)
            m_residents.push_back(std::move(*made));
        return ok();
    });
}

} // namespace lejek
