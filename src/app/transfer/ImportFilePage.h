// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvPreview.h"

#include <QWizardPage>

#include <chrono>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace lejek::app {

// The import's first step: which file, read with which delimiter and encoding. Both
// are detected when a file is chosen (UTF-8 unless the bytes say Windows-1250) and can
// be changed; the first rows are read off the UI thread for the next page.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 20;
    static constexpr std::chrono::milliseconds TypingPause{500};

    explicit ImportFilePage(QWidget *parent = nullptr);

    void setFile(const QString &path);
    QString path() const;
    char delimiter() const;
    CsvEncoding encoding() const;
    // The first rows, once read; nothing while reading or when the file cannot be read.
    const std::optional<CsvPreview> &preview() const { return m_preview; }
    // Changes whenever another preview is read, so the next page knows to start over.
    int previewGeneration() const { return m_generation; }
    QString statusText() const;

    bool isComplete() const override;

Q_SIGNALS:
    void previewChanged();

private:
    void browse();
    void load(bool detect);

    QLineEdit *m_path;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QLabel *m_status;
    QString m_loadedPath;
    std::optional<CsvPreview> m_preview;
    int m_generation = 0;
    QTimer *m_typing; // a path typed in is read once the typing pauses
};

} // namespace lejek::app
