// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFileIconProvider>

namespace lejek::app {

// Icons and types for a file dialog from a file's name alone. Qt's own provider opens
// each file to sniff its type, and on Linux closing any descriptor of a file drops
// every POSIX lock this process holds on it: a dialog listing the folder of the open
// SQLite database (or its -wal and -shm) would silently undo SQLite's locks, and
// another program could then remove the write-ahead log under the app.
class NameOnlyIconProvider : public QFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(lejek::app::NameOnlyIconProvider)

public:
    using QFileIconProvider::icon; // the style's folder, file and drive icons
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;
};

} // namespace lejek::app
