// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTableModel.h"

namespace lejek::app {

void ReportTableModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->rows().size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->columns().size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_table || !index.isValid())
        return {};
    const ReportTable::Type type = m_table->columns().at(index.column()).type;
    switch (role) {
    case Qt::DisplayRole: return m_table->text(index.row(), index.column());
    case Qt::UserRole: return m_table->rows().at(index.row()).at(index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(type == ReportTable::Type::Text || type == ReportTable::Type::Month ? Qt::AlignLeft | Qt::AlignVCenter
                                                                                                     : Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table || orientation != Qt::Horizontal || section < 0 || section >= m_table->columns().size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table->columns().at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace lejek::app
