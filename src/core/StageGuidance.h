// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace lejek {

// The guidance the two templates ship for their stages, in English and in Polish (the
// Polish in the source texts' words): what a rep does in the stage. What the next stage
// needs is not written here; the card reads it from the next stage's gate.
class StageGuidance
{
public:
    // By language code; empty for a stage the template does not have.
    static QMap<QString, QString> ofTemplate(const QString &templateKey, const QString &stageName);
};

} // namespace lejek
