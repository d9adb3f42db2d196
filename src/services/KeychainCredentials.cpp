// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainCredentials.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPromise>

#include <memory>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
template<typename T, typename Job, typename OnDone>
QFuture<Result<T>> start(Job *job, OnDone onDone)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, onDone](QKeychain::Job *finished) {
        promise->addResult(onDone(static_cast<Job *>(finished)));
        promise->finish();
    });
    job->setAutoDelete(true);
    job->start();
    return promise->future();
}

Error keychainError(const QKeychain::Job *job)
{
    // lupdate reads free functions' tr() under another context: spell it out.
    return Error::storage(QCoreApplication::translate("lejek::KeychainCredentials", "the keychain refused: %1").arg(job->errorString()));
}
} // namespace

QFuture<Result<QString>> KeychainCredentials::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key);
    return start<QString>(job, [](QKeychain::ReadPasswordJob *j) -> Result<QString> {
        if (j->error() == QKeychain::EntryNotFound)
            return QString();
        if (j->error() != QKeychain::NoError)
            return std::unexpected(keychainError(j));
        return j->textData();
    });
}

QFuture<Result<void>> KeychainCredentials::write(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(key);
    job->setTextData(password);
    return start<void>(job, [](QKeychain::WritePasswordJob *j) -> Result<void> {
        if (j->error() != QKeychain::NoError)
            return std::unexpected(keychainError(j));
        return ok();
    });
}

QFuture<Result<void>> KeychainCredentials::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(key);
    return start<void>(job, [](QKeychain::DeletePasswordJob *j) -> Result<void> {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return std::unexpected(keychainError(j));
        return ok();
    });
}

} // namespace lejek
