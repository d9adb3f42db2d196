// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lejek {

// The first rows of a CSV file, for the app's mapping page: its header, the
// delimiter and encoding it was read with (detected unless given), and the rows.
struct CsvPreview {
    QStringList header;
    QList<CsvRecord> rows;
    char delimiter = ',';
    CsvEncoding encoding = CsvEncoding::Utf8;
    qint64 size = 0; // bytes

    // Reads up to `maxRows` records. Without an encoding, it is UTF-8 unless the file's
    // first bytes are not valid UTF-8, then Windows-1250 (Polish Excel's "CSV").
    // Without a delimiter (0) it is detected from the header.
    static Result<CsvPreview> load(const QString &path, std::optional<CsvEncoding> encoding, char delimiter, int maxRows);
    // UTF-8 unless `sample` (the start of a file, maybe cut in mid-character) is not.
    static CsvEncoding detectEncoding(const QByteArray &sample);
};

} // namespace lejek
