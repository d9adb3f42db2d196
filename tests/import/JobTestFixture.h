// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalBackend.h"
#include "TestDatabase.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace lejek::test {

// What the import and export job tests share: a fresh database with the b2b pipeline
// on one backend, files in a temporary folder, and the leads as the services list them.
class JobTestFixture
{
public:
    // False (with why) when the backend is not available; QSKIP then.
    bool open(TestDatabase::Kind kind, QString *why);
    void close();

    LocalBackend &backend() { return *m_backend; }
    const Pipeline &pipeline() const { return m_pipeline; }
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QString path(const QString &name) const { return m_files.filePath(name); }
    // Every lead of the pipeline, stage by stage, oldest first.
    QList<Lead> leads();
    qint64 leadCount();
    // `rows` valid rows "company,email": Firma 1, f1@example.pl, ...
    static QByteArray generatedCsv(int rows);

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    Pipeline m_pipeline;
    QTemporaryDir m_files;
};

} // namespace lejek::test
