// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

namespace lejek::cli {

// lejek-cli's exit codes: the contract scripts rely on.
enum ExitCode : int {
    Success = 0,
    Refused = 1,  // a rule, a value or the user's role refused the change, or it was partly done
    UsageOrIo = 2,
    Conflict = 3, // a stale --expect-version
};

inline int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::Conflict: return Conflict;
    case Error::Code::Storage:
    case Error::Code::Schema: return UsageOrIo;
    case Error::Code::Invalid:
    case Error::Code::Refused:
    case Error::Code::Forbidden:
    case Error::Code::NotFound: return Refused;
    }
    return UsageOrIo;
}

} // namespace lejek::cli
