// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportRequest.h"
#include "Pipeline.h"
#include "Principal.h"

#include <QWizard>

namespace lejek {
class LeadService;
}

namespace lejek::app {

class ImportFilePage;
class ImportMappingPage;
class ImportResultPage;
class ImportRunPage;

// File › Import Leads…: the same import as `lejek-cli import` (ImportJob), in four
// steps: the file (delimiter and encoding detected, and changeable), which column
// feeds which field over a preview of the first rows, with the options; the run, with
// a progress bar and Cancel; the result, with every rejected row by line and reason.
// The import runs on a thread of its own; the window stays responsive throughout.
class ImportDialog : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, RunPageId, ResultPageId };

    // `by`: who imports; the rows are theirs to write.
    ImportDialog(LeadService &leads, Principal by, Pipeline pipeline, QWidget *parent = nullptr);
    ~ImportDialog() override;

    LeadService &leads() const { return m_leads; }
    const Pipeline &pipeline() const { return m_pipeline; }
    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportRunPage *runPage() const { return m_runPage; }
    ImportResultPage *resultPage() const { return m_resultPage; }

    // What the file and mapping pages have chosen, as the job takes it.
    ImportRequest request() const;

    // While the import runs, Cancel (and Esc, and closing the window) stops it after
    // the batch being written, and the dialog stays to say what was imported.
    void reject() override;

    // After a dry run the result page offers "Import Now": the same file, mapping and
    // options, written this time.
    void importAfterCheck();

private:
    void offerImportAfterCheck(int pageId);

    LeadService &m_leads;
    Principal m_by;
    Pipeline m_pipeline;
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportRunPage *m_runPage;
    ImportResultPage *m_resultPage;
};

} // namespace lejek::app
