// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Lead.h"
#include "LeadChange.h"
#include "LeadRequests.h"
#include "UnitOfWork.h"

namespace lejek {

// Merging two leads that are one (MergeRequest): the survivor takes the values chosen,
// through the same checks as any edit (LeadWrites::update), and the other lead's
// activities and tasks; the other is kept, marked merged, and leaves every list. Both
// timelines say so, the survivor's with every value of the other lead it did not keep.
class LeadMerge
{
public:
    explicit LeadMerge(UnitOfWork &work) : m_work(work) {}

    Result<Lead> merge(const MergeRequest &request, LeadChange *change);

private:
    // What the survivor's edit sets: the values chosen, then each field only the other
    // lead fills. `notKept` gets "key: value" of the other lead's values left behind.
    FieldInput survivorInput(const Pipeline &pipeline, const Lead &keep, const Lead &other, const FieldInput &chosen,
                             QStringList *notKept) const;

    UnitOfWork &m_work;
};

} // namespace lejek
