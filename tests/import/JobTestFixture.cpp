// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobTestFixture.h"

#include "Await.h"

#include <QFile>

namespace lejek::test {

using namespace Qt::Literals::StringLiterals;

bool JobTestFixture::open(TestDatabase::Kind kind, QString *why)
{
    m_db = std::make_unique<TestDatabase>(kind);
    if (!m_db->isAvailable(why))
        return false;
    m_backend = std::make_unique<LocalBackend>(m_db->settings());
    if (auto opened = await(m_backend->open()); !opened) {
        *why = opened.error().message;
        return false;
    }
    auto pipeline = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
    if (!pipeline) {
        *why = pipeline.error().message;
        return false;
    }
    m_pipeline = *pipeline;
    return true;
}

void JobTestFixture::close()
{
    m_backend.reset();
    m_db.reset();
}

QString JobTestFixture::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

QList<Lead> JobTestFixture::leads()
{
    QList<Lead> all;
    for (const Stage &stage : m_pipeline.stages) {
        PageRequest request;
        request.stageId = stage.id;
        request.sort = LeadSort::Age;
        request.descending = false;
        request.limit = 100000;
        auto page = await(m_backend->leads().stagePage(Principal::owner(), m_pipeline.id, request));
        if (page)
            all += page->leads;
    }
    return all;
}

qint64 JobTestFixture::leadCount()
{
    auto totals = await(m_backend->leads().stageTotals(Principal::owner(), m_pipeline.id));
    qint64 count = 0;
    if (totals)
        for (const StageTotals &t : *totals)
            count += t.count;
    return totals ? count : -1;
}

QByteArray JobTestFixture::generatedCsv(int rows)
{
    QByteArray csv = "company,email\n";
    for (int i = 1; i <= rows; ++i)
        csv += "Firma " + QByteArray::number(i) + ",f" + QByteArray::number(i) + "@example.pl\n";
    return csv;
}

} // namespace lejek::test
