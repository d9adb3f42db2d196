// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldType.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lejek {

// A field of the lead card: one of DOMAIN.md's canonical keys, or a pipeline's
// custom field. The key is the contract (import mappings, exports, the API).
struct FieldDefinition {
    QString key;
    FieldType type = FieldType::Text;
    QString label;        // English source text; shown through tr()
    QStringList choices;  // for Choice / MultiChoice
    bool custom = false;
    qint64 id = 0;        // custom fields only
    friend bool operator==(const FieldDefinition &, const FieldDefinition &) = default;
};

} // namespace lejek
