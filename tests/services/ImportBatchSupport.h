// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What tst_importbatch and tst_importbatchwrites build their batches and compare their
// leads with.
#include "Await.h"
#include "LocalBackend.h"

#include <QTest>

namespace lejek::test::importbatch {

using namespace Qt::Literals::StringLiterals;

inline ImportRow row(int line, const QString &stageName, const FieldInput &fields, const QString &createdAt = {})
{
    ImportRow r;
    r.line = line;
    r.stage = stageName;
    r.fields = fields;
    r.createdAt = createdAt;
    return r;
}

// A row of another CRM's history: when it entered its stage and when it closed.
inline ImportRow history(int line, const QString &stageName, const FieldInput &fields, const QString &createdAt,
                         const QString &enteredAt, const QString &closedAt)
{
    ImportRow r = row(line, stageName, fields, createdAt);
    r.stageEnteredAt = enteredAt;
    r.closedAt = closedAt;
    return r;
}

// Two leads' timelines, entry by entry: the same times, kinds, rules, stages and
// import marks. The caller returns when QTest::currentTestFailed().
inline void compareTimelines(LocalBackend &backend, qint64 leadA, qint64 leadB)
{
    auto a = await(backend.leads().timeline(Principal::owner(), leadA));
    auto b = await(backend.leads().timeline(Principal::owner(), leadB));
    QVERIFY(a && b);
    QCOMPARE(a->size(), b->size());
    for (qsizetype k = 0; k < a->size(); ++k) {
        QCOMPARE(a->at(k).at, b->at(k).at);
        QCOMPARE(a->at(k).rule, b->at(k).rule);
        QCOMPARE(a->at(k).type, b->at(k).type);
        QCOMPARE(a->at(k).toStage, b->at(k).toStage);
        QCOMPARE(a->at(k).imported, b->at(k).imported);
    }
}

// A b2b pipeline of its own; an invalid one (id 0) when it could not be made.
inline Pipeline newPipeline(LocalBackend &backend, const QString &name)
{
    auto pipeline = await(backend.pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, name));
    if (!pipeline)
        qWarning() << pipeline.error().message;
    return pipeline ? *pipeline : Pipeline();
}

} // namespace lejek::test::importbatch
