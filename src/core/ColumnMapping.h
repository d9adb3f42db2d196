// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pipeline.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QTranslator>

#include <expected>

namespace lejek {

// Which spreadsheet column feeds which lead field. A header equal to a field key maps
// by itself (any case), and so does a field's label in English or in the installed
// translation ("Firma", "Branża"); "stage", "owner", "created_at", "stage_entered_at",
// "last_activity_at" and "closed_at" too. Explicit --map entries win.
class ColumnMapping
{
public:
    // `explicitMap`: column header -> field key. Refused when it names a column the
    // file does not have or a key the pipeline does not know, or when two columns
    // would feed one field.
    // `labelTranslators`: further languages whose labels map too (a Polish spreadsheet
    // on an English desktop).
    static std::expected<ColumnMapping, QString> build(const QStringList &header, const Pipeline &pipeline,
                                                       const QMap<QString, QString> &explicitMap = {},
                                                       const QList<const QTranslator *> &labelTranslators = {});

    // The keys a column may feed besides the pipeline's fields: the stage, the owner
    // and the dates of a lead's past in another system.
    static const QStringList &extraKeys();

    // The key of column `index`, or empty when the column is ignored.
    QString keyOf(qsizetype index) const { return m_keys.value(index); }
    const QStringList &keys() const { return m_keys; }
    QStringList ignoredColumns() const;
    bool maps(const QString &key) const { return m_keys.contains(key); }

private:
    QStringList m_header;
    QStringList m_keys; // parallel to the header; empty: ignored
};

} // namespace lejek
