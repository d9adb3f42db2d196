// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>

namespace lejek::test {

// Tests and the CLI may wait on a service future; the UI never does.
template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace lejek::test
