// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lejek {

// Text folded for searching the same way on SQLite and PostgreSQL: case-folded and
// without diacritics, so "łódź", "ŁÓDŹ" and "lodz" all find "Zakład Łódź". SQLite's
// LIKE folds ASCII only, so the store keeps a folded copy and matches against it.
class SearchText
{
public:
    static QString fold(const QString &text);
};

} // namespace lejek
