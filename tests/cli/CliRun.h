// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the lejek-cli binary (LEJEK_CLI_PATH) as a user would, in the C locale.
#pragma once

#include <QDebug>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace lejek::test {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

// `arguments` after the binary's name; "--db URL" goes in after the command's name
// when `db` is not empty.
inline CliRun runCli(QStringList arguments, const QString &db = {})
{
    if (!db.isEmpty())
        arguments.insert(1, QStringLiteral("--db")), arguments.insert(2, db);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LEJEK_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        qWarning() << "lejek-cli timed out" << arguments;
    return CliRun{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError())};
}

} // namespace lejek::test
