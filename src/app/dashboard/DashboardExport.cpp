// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {

QString saveWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace

QString DashboardExport::writePng(const QString &path, const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return QCoreApplication::translate("lejek::app::DashboardExport", "the picture could not be made");
    return saveWhole(path, bytes);
}

QString DashboardExport::writePdf(const QString &path, const Report &report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(report.title);
        pdf.setCreator(u"Lejek"_s);
        pdf.setResolution(150);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QPainter painter(&pdf);
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const QRect area(0, 0, page.width(), page.height());
        // Title page: what this is, for which leads, when.
        QFont title = painter.font();
        title.setPointSizeF(20);
        title.setBold(true);
        painter.setFont(title);
        QRect used;
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, report.title, &used);
        QFont body = painter.font();
        body.setPointSizeF(11);
        body.setBold(false);
        painter.setFont(body);
        int y = used.bottom() + pdf.resolution() / 4;
        for (const QString &line : report.about) {
            painter.drawText(QRect(0, y, area.width(), area.height() - y), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, line, &used);
            y = used.bottom() + pdf.resolution() / 12;
        }
        y += pdf.resolution() / 4;
        // The panels as large on paper as on a 96 dpi screen, or the page's width if
        // that is less; each whole on a page.
        for (const QImage &panel : report.panels) {
            const QSizeF shown = panel.deviceIndependentSize() * (pdf.resolution() / 96.0);
            QSize size = shown.toSize();
            if (size.width() > area.width() || size.height() > area.height())
                size = size.scaled(area.size(), Qt::KeepAspectRatio);
            if (y + size.height() > area.height()) {
                pdf.newPage();
                y = 0;
            }
            painter.drawImage(QRect(QPoint(0, y), size), panel);
            y += size.height() + pdf.resolution() / 6;
        }
    }
    return saveWhole(path, bytes);
}

} // namespace lejek::app
