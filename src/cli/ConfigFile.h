// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QJsonObject>
#include <QString>

namespace lejek::cli {

// The file `lejek-cli config export` writes and `config import` and `simulate --config`
// read: {"lejek_config": 1, "pipeline": NAME, "teams": ..., "routing": ..., "scoring": ...}.
class ConfigFile
{
public:
    static constexpr int Format = 1; // "lejek_config": the format's version

    // The configuration's sections; `pipeline`, when given, the name the file was
    // written for. Errors name the file and what is wrong with it.
    static Result<QJsonObject> read(const QString &path, QString *pipeline = nullptr);
};

} // namespace lejek::cli
