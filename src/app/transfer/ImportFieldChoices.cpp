// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFieldChoices.h"

#include "LeadFields.h"

#include <QCoreApplication>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::app::ImportFieldChoices", s); }
} // namespace

QList<ImportFieldChoices::Choice> ImportFieldChoices::of(const Pipeline &pipeline)
{
    QList<Choice> choices;
    for (const FieldDefinition &field : pipeline.fields())
        choices.append({field.key, LeadFields::label(field)});
    choices.append({u"stage"_s, tr("Stage")});
    choices.append({u"owner"_s, tr("Owner")});
    choices.append({u"created_at"_s, tr("Created on (history)")});
    choices.append({u"stage_entered_at"_s, tr("Entered the stage on (history)")});
    choices.append({u"last_activity_at"_s, tr("Last activity on (history)")});
    choices.append({u"closed_at"_s, tr("Closed on (history)")});
    return choices;
}

} // namespace lejek::app
