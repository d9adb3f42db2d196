// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QFuture>
#include <QString>

namespace lejek {

// Database passwords in the OS keychain (Secret Service, KWallet, macOS Keychain)
// through QtKeychain, keyed by the database URL without a password. Asynchronous:
// the jobs finish on the calling thread's event loop. There is no plaintext fallback:
// without a keychain, PostgreSQL's own owner-only ~/.pgpass is the other way.
class KeychainCredentials
{
public:
    static QString service() { return QStringLiteral("lejek"); }
    // An empty string when no password is stored for `key`.
    static QFuture<Result<QString>> read(const QString &key);
    static QFuture<Result<void>> write(const QString &key, const QString &password);
    static QFuture<Result<void>> remove(const QString &key);
};

} // namespace lejek
