// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Lead.h"
#include "LeadFilter.h"
#include "Pipeline.h"

#include <functional>
#include <optional>

namespace lejek::cli {

class CliContext;

// Walks the leads of some stages page by page (keyset, oldest in stage first), so
// listing or exporting a million leads holds one page in memory.
class LeadPager
{
public:
    using Visit = std::function<void(const Lead &lead, const Stage &stage)>;
    // The stages: one by name (refused when the pipeline has none of that name), or all.
    static Result<QList<const Stage *>> stages(const Pipeline &pipeline, const QString &stageName);
    static std::optional<Error> forEach(CliContext &context, const Pipeline &pipeline, const QList<const Stage *> &stages,
                                        const LeadFilter &filter, const Visit &visit);
};

} // namespace lejek::cli
