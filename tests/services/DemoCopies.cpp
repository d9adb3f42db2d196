// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCopies.h"

#include "Await.h"
#include "LocalBackend.h"

namespace lejek::test {

DemoWriter::Options DemoCopies::options(quint64 seed)
{
    DemoWriter::Options options;
    options.leads = 1500;
    options.seed = seed;
    options.now = QDateTime(QDate(2026, 6, 30), QTime(15, 0), Qt::UTC);
    options.batchSize = 500;
    return options;
}

std::unique_ptr<TestDatabase> DemoCopies::copy(TestDatabase::Kind kind, QString *why)
{
    auto found = m_demos.find(kind);
    if (found == m_demos.end()) {
        Demo demo{std::make_unique<TestDatabase>(kind), {}};
        if (demo.db->isAvailable(&demo.error)) {
            // Closed before it is copied: nothing may be connected to a template.
            LocalBackend writer(demo.db->settings(), [now = m_options.now] { return now; });
            if (auto opened = await(writer.open()); !opened)
                demo.error = opened.error().message;
            else if (auto written = DemoWriter(writer).write(m_options); !written)
                demo.error = written.error().message;
        }
        found = m_demos.emplace(kind, std::move(demo)).first;
    }
    if (!found->second.error.isEmpty()) {
        *why = found->second.error;
        return {};
    }
    auto copied = found->second.db->copy();
    if (!copied->isAvailable(why))
        return {};
    return copied;
}

} // namespace lejek::test
