// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pipeline.h"

#include <QStringList>

#include <optional>

namespace lejek {

// The two ready pipelines of DOMAIN.md: "b2b" (B2B funnel) and "handoff" (lead handoff
// SOP). Stage names in English with their Polish names from the source texts.
class PipelineTemplate
{
public:
    static QStringList keys();
    static std::optional<Pipeline> make(const QString &key);
    static Pipeline b2bFunnel();
    static Pipeline leadHandoff();
    // What DOMAIN.md's SQL gate asks for: industry, company size, contact role, main pain.
    static QStringList sqlRequiredFields();
};

} // namespace lejek
