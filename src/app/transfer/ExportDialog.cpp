// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "ExportJob.h"
#include "application/FileDialogs.h"
#include "application/NumberFormat.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
// "B2B funnel 2026-03-02.csv" in the documents folder.
QString suggestedPath(const Pipeline &pipeline)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString name = pipeline.name;
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    return QDir(folder).filePath(u"%1 %2.csv"_s.arg(name, QDate::currentDate().toString(Qt::ISODate)));
}
} // namespace

ExportDialog::ExportDialog(LeadService &leads, Principal by, Pipeline pipeline, QWidget *parent)
    : QDialog(parent)
    , m_leads(leads)
    , m_by(std::move(by))
    , m_pipeline(std::move(pipeline))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_delimiter(new QComboBox(this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_export(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Leads from %1").arg(m_pipeline.name));

    auto *intro = new QLabel(tr("Every lead of the pipeline %1, with all its fields, as a CSV file (UTF-8) that spreadsheets "
                                "open directly. Cells that a spreadsheet would run as a formula start with an apostrophe.")
                                 .arg(m_pipeline.name),
        this);
    intro->setWordWrap(true);
    intro->setContentsMargins(0, 4, 0, 8);

    m_path->setObjectName(u"exportPath"_s);
    m_path->setText(QDir::toNativeSeparators(suggestedPath(m_pipeline)));
    m_browse->setObjectName(u"exportBrowse"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_delimiter->setObjectName(u"exportDelimiter"_s);
    m_delimiter->addItem(tr("Comma (,)"), u","_s);
    m_delimiter->addItem(tr("Semicolon (;), for spreadsheets with a decimal comma (Polish)"), u";"_s);
    // A decimal comma makes a spreadsheet expect ';' between cells.
    m_delimiter->setCurrentIndex(QLocale().decimalPoint() == u","_s ? 1 : 0);

    m_bar->setObjectName(u"exportProgress"_s);
    m_bar->setAccessibleName(tr("Export progress"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->hide(); // until there is progress to show
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(m_path);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    resize(640, 300);
}

ExportDialog::~ExportDialog() = default; // a running job is cancelled and waited for

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

bool ExportDialog::isRunning() const
{
    return m_job && !m_result;
}

void ExportDialog::browse()
{
    const QString chosen = FileDialogs::saveFileName(this, tr("Export Leads"), path(), tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::start()
{
    if (isRunning() || path().isEmpty())
        return;
    ExportRequest request;
    request.pipeline = m_pipeline;
    request.by = m_by;
    request.format = ExportRequest::Format::Csv;
    request.delimiter = m_delimiter->currentData().toString() == u";"_s ? ';' : ',';
    request.path = path();
    m_result.reset();
    m_job = std::make_unique<ExportJob>(m_leads, request);
    // The job's signals come from its thread; queued, they run here on the UI thread.
    connect(m_job.get(), &ExportJob::progressed, this, [this](qint64 written, qint64 total) {
        m_bar->setRange(0, static_cast<int>(std::max<qint64>(1, total)));
        m_bar->setValue(static_cast<int>(written));
        m_status->setText(tr("Exported %1 of %2 leads…").arg(NumberFormat::integer(written), NumberFormat::integer(total)));
    });
    connect(m_job.get(), &ExportJob::finished, this, &ExportDialog::onFinished);
    m_status->setText(tr("Counting the leads…"));
    m_bar->show();
    m_job->start();
    updateButtons();
}

void ExportDialog::reject()
{
    if (isRunning()) {
        m_job->cancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::onFinished(const ExportResult &result)
{
    m_result = result;
    if (result.error)
        m_status->setText(u"<span style=\"color:#b3261e\">%1</span>"_s.arg(tr("The export failed: %1").arg(result.error->message).toHtmlEscaped()));
    else if (result.cancelled)
        m_status->setText(tr("The export was cancelled; no file was written."));
    else
        m_status->setText(tr("Exported %1 leads to %2.").arg(NumberFormat::integer(result.written), QDir::toNativeSeparators(result.path)));
    updateButtons();
    Q_EMIT exportFinished();
}

void ExportDialog::updateButtons()
{
    const bool running = isRunning();
    m_export->setEnabled(!running && !path().isEmpty());
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_delimiter->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

} // namespace lejek::app
