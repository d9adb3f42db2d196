// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"

#include "StageGate.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("lejek::Readiness", text); }
} // namespace

const Stage *Readiness::nextStage(const Pipeline &pipeline, const Stage &current)
{
    if (current.isClosed())
        return nullptr;
    const Stage *won = nullptr;
    for (const Stage &s : pipeline.stages) {
        if (s.kind == StageKind::Open && s.position > current.position)
            return &s;
        if (s.kind == StageKind::Won && !won)
            won = &s;
    }
    return won;
}

Readiness Readiness::of(const Pipeline &pipeline, const Lead &lead, QDate today)
{
    Readiness r;
    const Stage *current = pipeline.stage(lead.stageId);
    if (!current)
        return r;
    r.next = nextStage(pipeline, *current);
    if (!r.next)
        return r;
    QStringList keys;
    for (const Stage *gate : StageGate::gatesFor(pipeline, *r.next))
        for (const QString &key : gate->requiredFields)
            if (!keys.contains(key))
                keys.append(key);
    for (const FieldDefinition &f : pipeline.fields()) {
        if (!keys.contains(f.key))
            continue;
        r.requiredKeys.append(f.key);
        if (!lead.isFilled(f.key))
            r.missingKeys.append(f.key);
    }
    r.failedCriteria = StageGate::check(pipeline, lead, *r.next, today).failedCriteria;
    return r;
}

QString Readiness::summary(const Pipeline &pipeline) const
{
    if (!next)
        return {};
    const QString stage = next->displayName();
    QStringList missing;
    for (const QString &key : missingKeys)
        missing.append(pipeline.labelOf(key));
    missing += failedCriteria;
    if (requiredKeys.isEmpty())
        return missing.isEmpty() ? tr("Ready for %1").arg(stage)
                                 : tr("Not ready for %1 — %2").arg(stage, missing.join(u", "_s));
    if (missing.isEmpty())
        return tr("Ready for %1: %2 of %3").arg(stage).arg(filled()).arg(required());
    return tr("Ready for %1: %2 of %3 — missing %4").arg(stage).arg(filled()).arg(required()).arg(missing.join(u", "_s));
}

QString Readiness::badge() const
{
    if (!next || (requiredKeys.isEmpty() && failedCriteria.isEmpty()))
        return {};
    if (isReady())
        return u"\u2713"_s;
    if (requiredKeys.isEmpty())
        return u"!"_s;
    return u"%1/%2"_s.arg(filled()).arg(required());
}

} // namespace lejek
