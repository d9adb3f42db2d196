// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace lejek::app {

class NameOnlyIconProvider;

// The app's file dialogs: Qt's own (a platform dialog may open every file it lists,
// see NameOnlyIconProvider), with icons and types from file names only.
namespace FileDialogs {
// Sets up `dialog` as the functions below do (for a test that drives a dialog);
// `provider` must outlive it.
void prepare(QFileDialog &dialog, NameOnlyIconProvider &provider);
QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter);
} // namespace FileDialogs

} // namespace lejek::app
