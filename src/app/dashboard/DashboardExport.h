// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace lejek::app {

// The dashboard on paper: a PNG of the whole page, or a PDF report on A4 with a title
// page (what, which pipeline and days, which filter, when it was made) followed by
// every panel, each whole on a page with others as long as they fit. The panels are
// drawn into images on the UI thread (widgets live there); writing the files runs on
// any thread, so the caller writes them beside the UI. Each returns an error message,
// empty on success; the file is written whole or not at all.
class DashboardExport
{
public:
    struct Report {
        QString title;
        QStringList about; // lines under the title: pipeline, days, filter, made when
        QList<QImage> panels;
    };
    static QString writePdf(const QString &path, const Report &report);
    static QString writePng(const QString &path, const QImage &image);
};

} // namespace lejek::app
