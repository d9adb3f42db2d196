// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTable.h"

#include <QAbstractTableModel>

#include <optional>

namespace lejek::app {

// A report table for a QTableView: the cells as ReportTable::text writes them in the
// user's locale (numbers right-aligned), the plain value under Qt::UserRole for sorting.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(const ReportTable &table);
    // None until the first table comes.
    const std::optional<ReportTable> &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<ReportTable> m_table;
};

} // namespace lejek::app
