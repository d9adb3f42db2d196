// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldDefinition.h"

#include <QList>
#include <QString>

#include <optional>

namespace lejek {

// The catalogue of canonical lead fields (DOMAIN.md, "The lead card"). Editable
// fields only: the state kept by the services (pipeline, stage, version, times)
// is not in here and cannot be set through it.
class LeadFields
{
public:
    static const QList<FieldDefinition> &canonical();
    static std::optional<FieldDefinition> find(const QString &key);
    static QString label(const QString &key); // translated
    // A field as the card names it: a custom field by its admin's label, a canonical
    // one by its translated label.
    static QString label(const FieldDefinition &field);
    // Where leads come from; "existing_customer" marks an upsell to a customer (DOMAIN.md).
    static const QStringList &sources();
    // Keys any of which makes a lead nameable (DOMAIN.md: something to call it by).
    static const QStringList &identityKeys();
    // Why a lead without any of them is refused, translated.
    static QString unnamedReason();
    // Whether a merge chooses the field's value between the two leads: not the score or
    // the lost reason, which belong to the survivor's own stage and engine.
    static bool isMergeable(const QString &key);
};

} // namespace lejek
