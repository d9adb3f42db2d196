// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lejek {

// A reason code a lost lead must carry (price, timing, competition, no_fit, ...).
struct LostReason {
    QString code;
    QString label; // as stored: English for the reasons every database starts with

    // The label in the user's language: the built-in reasons are translated, the ones
    // an admin added show as they were written.
    QString displayLabel() const;
};

} // namespace lejek
