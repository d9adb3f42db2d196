// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadRequests.h"

#include <QStringList>

#include <expected>

namespace lejek::cli {

// KEY=VALUE arguments into the text field input the services validate.
class FieldArguments
{
public:
    static bool isAssignment(const QString &argument);
    // Fails on a malformed or repeated key, naming it.
    static std::expected<FieldInput, QString> parse(const QStringList &arguments);
};

} // namespace lejek::cli
