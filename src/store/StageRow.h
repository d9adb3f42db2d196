// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stage.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace lejek {

// A stage's configuration as columns: one layout for the stages table and its versions
// (stage_versions), so that both write and read a stage alike.
class StageRow
{
public:
    // position, name, names, kind, probability, rotting_days, required_fields,
    // entry_criteria, sla_first_contact_minutes, sla_decision_minutes, guidance
    // Each name after `prefix` ("v." for a table alias).
    static QString columns(const QString &prefix = {});
    static constexpr int columnCount = 11;
    static QVariantList values(const Stage &stage);
    // Reads columns() from `first` on; id and pipeline are the caller's.
    static Stage read(const QSqlQuery &q, int first);
};

} // namespace lejek
