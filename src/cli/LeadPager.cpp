// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadPager.h"

#include "CliContext.h"

#include <QCoreApplication>

namespace lejek::cli {

Result<QList<const Stage *>> LeadPager::stages(const Pipeline &pipeline, const QString &stageName)
{
    QList<const Stage *> stages;
    if (!stageName.isEmpty()) {
        const Stage *stage = pipeline.stageByName(stageName);
        if (!stage)
            return std::unexpected(Error::notFound(QCoreApplication::translate("lejek::cli::LeadPager", "the pipeline \"%1\" has no stage \"%2\"")
                                                       .arg(pipeline.name, stageName)));
        stages.append(stage);
        return stages;
    }
    for (const Stage &s : pipeline.stages)
        stages.append(&s);
    return stages;
}

std::optional<Error> LeadPager::forEach(CliContext &context, const Pipeline &pipeline, const QList<const Stage *> &stages,
                                        const LeadFilter &filter, const Visit &visit)
{
    for (const Stage *stage : stages) {
        PageRequest request;
        request.stageId = stage->id;
        request.sort = LeadSort::Age;
        request.descending = false;
        request.limit = 500;
        request.filter = filter;
        for (;;) {
            auto page = context.await(context.backend().leads().stagePage(context.principal(), pipeline.id, request));
            if (!page)
                return page.error();
            for (const Lead &lead : page->leads)
                visit(lead, *stage);
            if (!page->hasMore)
                break;
            request.after = page->next;
        }
    }
    return std::nullopt;
}

} // namespace lejek::cli
