// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMappingTable.h"

#include <QAbstractItemView>
#include <QColor>
#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
// Narrow enough that six columns fit a 1280-pixel screen; a field's chooser shows a
// dozen characters, its list the whole names.
constexpr int MinColumnWidth = 120;
constexpr int MaxColumnWidth = 200;
constexpr int ChooserCharacters = 12;
} // namespace

ColumnMappingTable::ColumnMappingTable(QWidget *parent)
    : QWidget(parent)
    , m_fields(new QTableWidget(this))
    , m_rows(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_fields);
    layout->addWidget(m_rows, 1);

    m_fields->setObjectName(u"mappingFields"_s);
    m_fields->setAccessibleName(tr("Fields for the columns"));
    m_fields->setRowCount(1);
    m_fields->setVerticalHeaderLabels({tr("Field")});
    m_fields->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fields->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->setFocusPolicy(Qt::NoFocus);
    m_fields->horizontalHeader()->setSectionsClickable(false);
    m_fields->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_fields->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_rows->setObjectName(u"mappingPreview"_s);
    m_rows->setAccessibleName(tr("The file's first rows"));
    m_rows->horizontalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionMode(QAbstractItemView::NoSelection);
    m_rows->setWordWrap(false);
    m_rows->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_rows->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_rows->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_rows->verticalHeader()->setDefaultSectionSize(m_rows->fontMetrics().height() + 8);

    // One sideways scroll for both; the column widths follow the field row's.
    connect(m_rows->horizontalScrollBar(), &QScrollBar::valueChanged, m_fields->horizontalScrollBar(), &QScrollBar::setValue);
    connect(m_fields->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this](int column, int, int width) { m_rows->setColumnWidth(column, width); });
}

void ColumnMappingTable::setPreview(const CsvPreview &preview, const QList<ImportFieldChoices::Choice> &choices, const QStringList &keys)
{
    const int columns = static_cast<int>(preview.header.size());
    m_fields->clear();
    m_fields->setColumnCount(columns);
    m_fields->setHorizontalHeaderLabels(preview.header);
    m_fields->setVerticalHeaderLabels({tr("Field")});
    for (int c = 0; c < columns; ++c) {
        m_fields->horizontalHeaderItem(c)->setToolTip(preview.header[c]);
        auto *box = new QComboBox(m_fields);
        box->setObjectName(u"fieldFor%1"_s.arg(c));
        box->setAccessibleName(tr("Field for the column %1").arg(preview.header[c]));
        box->addItem(tr("Ignore"), QString());
        for (const ImportFieldChoices::Choice &choice : choices)
            box->addItem(choice.label, choice.key);
        box->setCurrentIndex(std::max(0, box->findData(keys.value(c))));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(ChooserCharacters);
        box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + box->view()->verticalScrollBar()->sizeHint().width());
        connect(box, &QComboBox::activated, this, [this, c] { onChosen(c); });
        m_fields->setCellWidget(0, c, box);
    }

    m_rows->clear();
    m_rows->setColumnCount(columns);
    m_rows->setRowCount(static_cast<int>(preview.rows.size()));
    QStringList lines;
    QList<int> misfits;
    for (int r = 0; r < preview.rows.size(); ++r) {
        const CsvRecord &record = preview.rows[r];
        lines.append(QString::number(record.line));
        // A row with too few or too many fields will be rejected: shown so before the import.
        const bool misfit = record.fields.size() != columns;
        const QString misfitWhy = tr("Line %1 has %2 fields, the header %3: it will be rejected.")
                                      .arg(record.line)
                                      .arg(record.fields.size())
                                      .arg(columns);
        for (int c = 0; c < columns; ++c) {
            // One line per cell: a quoted newline shows as a symbol, not a taller row.
            const QString value = record.fields.value(c);
            auto *item = new QTableWidgetItem(QString(value).replace(u"\r\n"_s, u"⏎"_s).replace(u'\n', u'⏎'));
            item->setToolTip(misfit ? misfitWhy : value);
            if (misfit)
                item->setBackground(QColor(0xfd, 0xe7, 0xe9));
            m_rows->setItem(r, c, item);
        }
        if (misfit)
            misfits.append(r);
        if (misfit && record.fields.size() > columns) // the extra fields, in the last cell
            m_rows->item(r, columns - 1)->setText(QStringList(record.fields.mid(columns - 1)).join(u" | "_s));
    }
    m_rows->setVerticalHeaderLabels(lines);
    for (const int r : std::as_const(misfits))
        m_rows->verticalHeaderItem(r)->setForeground(QColor(0xb3, 0x26, 0x1e));
    markIgnored();
    m_rows->setToolTip(tr("Numbers on the left are the file's line numbers."));

    // The field row's header is as wide as the rows' line numbers, so columns line up.
    m_fields->resizeRowsToContents();
    const int headerWidth = std::max(m_rows->verticalHeader()->sizeHint().width(), m_fields->verticalHeader()->sizeHint().width());
    m_fields->verticalHeader()->setFixedWidth(headerWidth);
    m_rows->verticalHeader()->setFixedWidth(headerWidth);
    syncWidths();
    m_fields->setFixedHeight(m_fields->horizontalHeader()->sizeHint().height() + m_fields->rowHeight(0) + 2 * m_fields->frameWidth());
}

void ColumnMappingTable::syncWidths()
{
    m_rows->resizeColumnsToContents();
    for (int c = 0; c < m_fields->columnCount(); ++c) {
        const int combo = m_fields->cellWidget(0, c) ? m_fields->cellWidget(0, c)->sizeHint().width() : 0;
        const int width = std::clamp(std::max(m_rows->columnWidth(c), combo), MinColumnWidth, MaxColumnWidth);
        m_fields->setColumnWidth(c, width);
        m_rows->setColumnWidth(c, width);
    }
}

QStringList ColumnMappingTable::keys() const
{
    QStringList keys;
    for (int c = 0; c < columnCount(); ++c)
        keys.append(comboBox(c)->currentData().toString());
    return keys;
}

void ColumnMappingTable::setKey(int column, const QString &key)
{
    QComboBox *box = comboBox(column);
    if (!box)
        return;
    box->setCurrentIndex(std::max(0, box->findData(key)));
    onChosen(column);
}

QComboBox *ColumnMappingTable::comboBox(int column) const
{
    return qobject_cast<QComboBox *>(m_fields->cellWidget(0, column));
}

int ColumnMappingTable::columnCount() const
{
    return m_fields->columnCount();
}

QString ColumnMappingTable::columnName(int column) const
{
    const QTableWidgetItem *item = m_fields->horizontalHeaderItem(column);
    return item ? item->text() : QString();
}

void ColumnMappingTable::onChosen(int column)
{
    const QString key = comboBox(column)->currentData().toString();
    if (!key.isEmpty())
        for (int c = 0; c < columnCount(); ++c)
            if (c != column && comboBox(c)->currentData().toString() == key)
                comboBox(c)->setCurrentIndex(0);
    markIgnored();
    Q_EMIT keysChanged();
}

void ColumnMappingTable::markIgnored()
{
    // An ignored column's values are greyed: they go nowhere.
    const QColor ignored = palette().color(QPalette::Disabled, QPalette::Text);
    const QColor used = palette().color(QPalette::Active, QPalette::Text);
    for (int c = 0; c < columnCount(); ++c) {
        const bool isIgnored = comboBox(c)->currentData().toString().isEmpty();
        for (int r = 0; r < m_rows->rowCount(); ++r)
            if (QTableWidgetItem *item = m_rows->item(r, c))
                item->setForeground(isIgnored ? ignored : used);
    }
}

} // namespace lejek::app
