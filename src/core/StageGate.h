// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Lead.h"
#include "Pipeline.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace lejek {

// The rule of DOMAIN.md "Pipelines and stages": what a lead must meet to enter a
// stage. The board asks it before a drop; the services ask it again when they write.
class StageGate
{
public:
    // The stages whose required fields and criteria apply when entering `target`.
    // Gates accumulate: entering an open or won stage needs the gates of every open
    // stage before it as well, so skipping SQL does not skip SQL's gate (and a detour
    // through a parked stage does not either). A parked or lost stage has only its own.
    static QList<const Stage *> gatesFor(const Pipeline &pipeline, const Stage &target);

    // Fields missing and criteria failed, by their translated labels; empty when the
    // lead may enter. Entering a lost stage also needs a lost reason.
    static GateRefusal check(const Pipeline &pipeline, const Lead &lead, const Stage &target, QDate today);

    // The field keys to ask for so the lead can enter (required and the fields of
    // failed criteria), in card order: what the "complete to move" form shows.
    static QStringList fieldsToComplete(const Pipeline &pipeline, const Lead &lead, const Stage &target, QDate today);

    // For each of fieldsToComplete(): why it is asked for, translated ("Required from
    // stage “SQL”", "Budget > 50000"); several reasons for one field join with "; ".
    static QMap<QString, QString> fieldReasons(const Pipeline &pipeline, const Lead &lead, const Stage &target, QDate today);
};

} // namespace lejek
