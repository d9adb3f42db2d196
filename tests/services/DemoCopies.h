// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoWriter.h"
#include "TestDatabase.h"

#include <map>
#include <memory>

namespace lejek::test {

// One demo for every row of a test, on each backend: written at the first row that asks
// for it, then copied for each row (TestDatabase::copy), which then writes to its copy as
// it likes. A 1,500-lead demo takes 10 s to write on SQLite and 45 s on PostgreSQL, and a
// copy a moment: written for each of 40 rows, it took most of the test's time, past
// CTest's limit under two jobs.
class DemoCopies
{
public:
    explicit DemoCopies(const DemoWriter::Options &options) : m_options(options) {}

    // The history tests' demo: 1,500 leads in batches of 500, up to 2026-06-30 15:00 UTC.
    static DemoWriter::Options options(quint64 seed);

    // A copy of the backend's demo; null, with the reason, when it cannot be had.
    std::unique_ptr<TestDatabase> copy(TestDatabase::Kind kind, QString *why);

private:
    struct Demo {
        std::unique_ptr<TestDatabase> db;
        QString error;
    };
    DemoWriter::Options m_options;
    std::map<TestDatabase::Kind, Demo> m_demos;
};

} // namespace lejek::test
