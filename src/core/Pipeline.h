// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "FieldDefinition.h"
#include "Stage.h"

#include <QList>
#include <QString>

#include <optional>

namespace lejek {

// One sales process: an ordered list of stages and the pipeline's custom fields.
struct Pipeline {
    qint64 id = 0;
    QString name;
    QString templateKey;
    QList<Stage> stages; // in order
    QList<FieldDefinition> customFields;
    QList<qint64> memberIds; // the users who work it, by id; empty: everyone does

    const Stage *stage(qint64 stageId) const;
    const Stage *stageByName(const QString &name) const;
    const Stage *firstStage() const; // the first open stage: where new leads land
    // Whether moving to `to` decides a lead whose SLA clock started in `clock`
    // (DOMAIN.md, SLA 2: SQL, disqualified or nurture): a parked or closed stage, SQL or
    // later, or in a pipeline without SQL any open stage after `clock`.
    bool decidesSla(const Stage &to, const Stage &clock) const;
    // A canonical or custom field of this pipeline.
    std::optional<FieldDefinition> field(const QString &key) const;
    // The field `key` as the card names it (LeadFields::label), or the key itself.
    QString labelOf(const QString &key) const;
    QList<FieldDefinition> fields() const; // canonical then custom
    // Whether the user works this pipeline: sees its unassigned leads if a rep.
    bool isWorkedBy(qint64 userId) const { return memberIds.isEmpty() || memberIds.contains(userId); }
    // A pipeline an admin may save: a name, uniquely named stages with a valid kind
    // and probability, at least one open stage, known required fields and criteria
    // that fit their fields. Every problem is listed.
    Result<void> validate() const;

    friend bool operator==(const Pipeline &, const Pipeline &) = default;
};

} // namespace lejek
