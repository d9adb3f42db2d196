// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "ImportFilePage.h"
#include "ImportJob.h"
#include "ImportMappingPage.h"
#include "ImportResultPage.h"
#include "ImportRunPage.h"

#include <QCheckBox>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

ImportDialog::ImportDialog(LeadService &leads, Principal by, Pipeline pipeline, QWidget *parent)
    : QWizard(parent)
    , m_leads(leads)
    , m_by(std::move(by))
    , m_pipeline(std::move(pipeline))
    , m_filePage(new ImportFilePage(this))
    , m_mappingPage(new ImportMappingPage(this))
    , m_runPage(new ImportRunPage(this))
    , m_resultPage(new ImportResultPage(this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import Leads into %1").arg(m_pipeline.name));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage | QWizard::NoDefaultButton);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(RunPageId, m_runPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(FilePageId);
    setButtonText(QWizard::CustomButton1, tr("&Import Now"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            importAfterCheck();
    });
    connect(this, &QWizard::currentIdChanged, this, &ImportDialog::offerImportAfterCheck);
    resize(960, 680);
}

ImportDialog::~ImportDialog() = default;

ImportRequest ImportDialog::request() const
{
    ImportRequest request;
    request.path = m_filePage->path();
    request.read = CsvReadOptions{m_filePage->encoding(), m_filePage->delimiter()};
    request.pipeline = m_pipeline;
    request.by = m_by;
    request.columnKeys = m_mappingPage->keys();
    request.options = m_mappingPage->options();
    request.allOrNothing = m_mappingPage->allOrNothing();
    request.rejectsPath = ImportJob::defaultRejectsPath(request.path);
    return request;
}

void ImportDialog::importAfterCheck()
{
    // Through the same pages again: the file page keeps its file and the mapping page
    // what was chosen for it; only the dry run is off.
    restart();
    next();
    m_mappingPage->dryRunBox()->setChecked(false);
    next();
}

void ImportDialog::offerImportAfterCheck(int pageId)
{
    const auto &result = m_runPage->result();
    setOption(QWizard::HaveCustomButton1, pageId == ResultPageId && result && result->dryRun
                                              && result->outcome == ImportResult::Outcome::Done
                                              && result->tally.imported + result->tally.updated > 0);
}

void ImportDialog::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace lejek::app
