// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvPreview.h"
#include "ImportFieldChoices.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QTableWidget;

namespace lejek::app {

// The file's first rows under its column names, with a combo box above each column
// for the field it feeds ("Ignore" or a field). The combo row stays in view while the
// rows scroll; both scroll sideways together. A field goes to one column only:
// choosing it for another column sets the first one back to "Ignore".
class ColumnMappingTable : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnMappingTable(QWidget *parent = nullptr);

    void setPreview(const CsvPreview &preview, const QList<ImportFieldChoices::Choice> &choices, const QStringList &keys);
    // Every column's key, empty for an ignored column.
    QStringList keys() const;
    void setKey(int column, const QString &key);
    QComboBox *comboBox(int column) const;
    int columnCount() const;
    QString columnName(int column) const; // the file's header
    QTableWidget *previewTable() const { return m_rows; }

Q_SIGNALS:
    void keysChanged();

private:
    void onChosen(int column);
    void markIgnored();
    void syncWidths();

    QTableWidget *m_fields;
    QTableWidget *m_rows;
};

} // namespace lejek::app
