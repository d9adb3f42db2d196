// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Pipeline.h"
#include "Principal.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class QIODevice;

namespace lejek {

// What an ExportJob writes: which leads, in which format, where.
struct ExportRequest {
    enum class Format { Csv, Json };
    Pipeline pipeline;
    Principal by; // who exports: only the leads they may see are written
    QList<qint64> stageIds; // these stages, in this order; empty: every stage of the pipeline
    Format format = Format::Csv;
    char delimiter = ','; // CSV: ',' or ';' (Polish spreadsheets)
    // The file to write; it is replaced only when the export is complete.
    QString path;
    // Or, when path is empty, an open device the job writes to but does not own
    // (lejek-cli's standard output).
    QIODevice *device = nullptr;
};

struct ExportResult {
    std::optional<Error> error;
    bool cancelled = false; // a cancelled export leaves the file as it was
    qint64 written = 0;     // leads
    QString path;           // the file written, when it was
};

} // namespace lejek

Q_DECLARE_METATYPE(lejek::ExportResult)
