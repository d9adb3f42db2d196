// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lejek::app {

// What a column says while cards are dragged over it, before the drop.
struct DropHint {
    enum class Kind {
        None, // not a drop target for these cards (their own stage, another pipeline)
        Allowed, // the cards may enter as they are
        Asks, // the drop asks for something first: missing fields, a lost reason, a confirmation
    };
    Kind kind = Kind::None;
    QString text;
};

} // namespace lejek::app
