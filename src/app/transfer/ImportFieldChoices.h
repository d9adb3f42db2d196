// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pipeline.h"

#include <QList>
#include <QString>

namespace lejek::app {

// What a spreadsheet column may feed on the mapping page, in the user's language:
// the lead card's fields in their order, the pipeline's custom fields, then the stage,
// the owner and the dates of a lead's past in another system.
class ImportFieldChoices
{
public:
    struct Choice {
        QString key;
        QString label;
    };
    static QList<Choice> of(const Pipeline &pipeline);
};

} // namespace lejek::app
