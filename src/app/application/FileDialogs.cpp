// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogs.h"

#include "NameOnlyIconProvider.h"

#include <QFileDialog>

namespace lejek::app {

namespace {
QString chosen(QFileDialog &dialog)
{
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}
} // namespace

void FileDialogs::prepare(QFileDialog &dialog, NameOnlyIconProvider &provider)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&provider);
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    NameOnlyIconProvider provider; // outlives the dialog, which does not own it
    QFileDialog dialog(parent, caption, folder, filter);
    prepare(dialog, provider);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return chosen(dialog);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    NameOnlyIconProvider provider;
    QFileDialog dialog(parent, caption, path, filter);
    prepare(dialog, provider);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return chosen(dialog);
}

} // namespace lejek::app
