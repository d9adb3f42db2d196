// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFilePage.h"

#include "application/FileDialogs.h"
#include "application/FutureWatch.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

ImportFilePage::ImportFilePage(QWidget *parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(this))
    , m_delimiter(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(u"importFilePage"_s);
    setTitle(tr("Choose a CSV File"));
    setSubTitle(tr("Every row is checked like a lead entered by hand. Rows that cannot be imported are listed at the end "
                   "and saved beside the file, to be fixed and imported again."));

    m_path->setObjectName(u"importPath"_s);
    m_path->setPlaceholderText(tr("The CSV file to import"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"importBrowse"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_delimiter->setObjectName(u"importDelimiter"_s);
    m_delimiter->addItem(tr("Comma (,)"), u","_s);
    m_delimiter->addItem(tr("Semicolon (;)"), u";"_s);
    m_encoding->setObjectName(u"importEncoding"_s);
    m_encoding->addItem(tr("UTF-8"), static_cast<int>(CsvEncoding::Utf8));
    m_encoding->addItem(tr("Windows-1250 (Polish Excel)"), static_cast<int>(CsvEncoding::Windows1250));
    // Short choices: as wide as they need, not as the file's path.
    m_delimiter->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_encoding->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_status->setObjectName(u"importFileStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(QString(), m_status);
    qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(m_path);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    const auto loadTyped = [this] {
        m_typing->stop();
        if (path() != m_loadedPath)
            load(true);
    };
    connect(m_path, &QLineEdit::editingFinished, this, loadTyped);
    // No need to press Return: a path typed or pasted is read when the typing pauses.
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPause);
    connect(m_path, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, loadTyped);
    connect(m_delimiter, &QComboBox::activated, this, [this] { load(false); });
    connect(m_encoding, &QComboBox::activated, this, [this] { load(false); });
}

void ImportFilePage::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    load(true);
}

QString ImportFilePage::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

char ImportFilePage::delimiter() const
{
    return m_delimiter->currentData().toString() == u";"_s ? ';' : ',';
}

CsvEncoding ImportFilePage::encoding() const
{
    return static_cast<CsvEncoding>(m_encoding->currentData().toInt());
}

QString ImportFilePage::statusText() const
{
    return m_status->text();
}

bool ImportFilePage::isComplete() const
{
    return m_preview.has_value() && !m_preview->rows.isEmpty();
}

void ImportFilePage::browse()
{
    QString folder = QFileInfo(path()).absolutePath();
    if (path().isEmpty() || !QFileInfo::exists(folder))
        folder = QDir::homePath();
    const QString chosen = FileDialogs::openFileName(this, tr("Import Leads"), folder, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setFile(chosen);
}

void ImportFilePage::load(bool detect)
{
    const int generation = ++m_generation;
    m_preview.reset();
    Q_EMIT completeChanged();
    const QString file = path();
    m_loadedPath = file;
    if (file.isEmpty()) {
        m_status->clear();
        return;
    }
    m_status->setText(tr("Reading the file…"));
    const std::optional<CsvEncoding> encoding = detect ? std::nullopt : std::optional(this->encoding());
    const char delimiter = detect ? 0 : this->delimiter();
    // Even the first rows are read off the UI thread: the file may be on a slow disk.
    FutureWatch::then(this, QtConcurrent::run([file, encoding, delimiter] { return CsvPreview::load(file, encoding, delimiter, PreviewRows); }),
        [this, generation](const Result<CsvPreview> &preview) {
            if (generation != m_generation)
                return; // another file or setting was chosen meanwhile
            if (!preview) {
                m_status->setText(u"<span style=\"color:#b3261e\">%1</span>"_s.arg(tr("This file cannot be imported: %1").arg(preview.error().message.toHtmlEscaped())));
                Q_EMIT completeChanged();
                return;
            }
            m_preview = *preview;
            m_delimiter->setCurrentIndex(m_delimiter->findData(preview->delimiter == ';' ? u";"_s : u","_s));
            m_encoding->setCurrentIndex(m_encoding->findData(static_cast<int>(preview->encoding)));
            if (preview->rows.isEmpty())
                m_status->setText(u"<span style=\"color:#b3261e\">%1</span>"_s.arg(
                    tr("This file has a header but no rows under it: there is nothing to import. Choose the file with the leads.")));
            else
                m_status->setText(tr("%1 columns; %2. The next step shows the first rows.")
                                      .arg(preview->header.size())
                                      .arg(QLocale().formattedDataSize(preview->size)));
            Q_EMIT previewChanged();
            Q_EMIT completeChanged();
        });
}

} // namespace lejek::app
