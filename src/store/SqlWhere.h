// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariantList>

namespace lejek {

// A read's FROM and WHERE built term by term, with the values of its ?s in order: what
// the report repositories (LeadFactsRepository, StageStayRepository) add their own
// terms to before they read.
struct SqlWhere {
    QString from;
    QStringList terms; // joined by AND
    QVariantList values;

    QString sql() const { return QStringLiteral("FROM %1 WHERE %2").arg(from, terms.join(QStringLiteral(" AND "))); }
};

} // namespace lejek
