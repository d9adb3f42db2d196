// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportBatch.h"

#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;

namespace lejek::app {

class ColumnMappingTable;

// The import's second step: which column feeds which field, over the file's first
// rows, pre-filled from the column names (keys, English or Polish labels); and what to
// do with duplicates and with rows whose stage gate is not met, or a dry run.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(QWidget *parent = nullptr);

    ColumnMappingTable *table() const { return m_table; }
    QStringList keys() const;
    ImportOptions options() const;
    bool allOrNothing() const;
    QComboBox *dedupeBox() const { return m_dedupe; }
    QComboBox *gateBox() const { return m_gate; }
    QCheckBox *dryRunBox() const { return m_dryRun; }
    QCheckBox *allOrNothingBox() const { return m_allOrNothing; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void updateSummary();

    ColumnMappingTable *m_table;
    QLabel *m_summary;
    QComboBox *m_dedupe;
    QComboBox *m_gate;
    QCheckBox *m_dryRun;
    QCheckBox *m_allOrNothing;
    int m_filledFrom = -1; // the file page's preview generation the table shows
};

} // namespace lejek::app
