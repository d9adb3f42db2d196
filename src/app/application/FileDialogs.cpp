// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogs.h"

#include "NameOnlyIconProvider.h"

#include <QFileDialog>

namespace lejek::app {

namespace {
QString chosen(QFileDialog &dialog)
{
    FileDialogs::prepare(dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}
} // namespace

void FileDialogs::prepare(QFileDialog &dialog)
{
    static NameOnlyIconProvider provider; // stateless, so shared by the dialog's threads
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&provider);
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    QFileDialog dialog(parent, caption, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return chosen(dialog);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    QFileDialog dialog(parent, caption, path, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return chosen(dialog);
}

} // namespace lejek::app
