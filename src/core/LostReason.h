// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lejek {

// A reason code a lost lead must carry (price, timing, competition, no_fit, ...).
struct LostReason {
    QString code;
    QString label;
};

} // namespace lejek
