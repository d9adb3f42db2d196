// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace lejek {

struct CsvWriteOptions {
    char delimiter = ','; // ',' or ';'
    bool byteOrderMark = true; // a UTF-8 BOM first, so spreadsheets read Polish letters right
    bool neutralizeFormulas = false; // exports: see CsvWriter::neutralized()
};

// Writes RFC 4180 CSV in UTF-8 with CRLF line ends, quoting a field only when it has to
// (the delimiter, a quote, CR or LF, a space or tab at either end). What it writes,
// CsvReader reads back field for field.
class CsvWriter
{
public:
    // Writes to an open device, which it does not own (a QSaveFile for an atomic export).
    explicit CsvWriter(QIODevice *device, CsvWriteOptions options = {});

    // One record; the byte order mark (if asked for) goes before the first.
    Result<void> writeRecord(const QStringList &fields);
    qint64 recordsWritten() const { return m_records; }

    // OWASP CSV injection: a value a spreadsheet would run as a formula (it begins with
    // =, +, -, @, a tab or a CR) gets a leading apostrophe, except a plain number
    // (^-?[0-9]+([.,][0-9]+)?$, e.g. "-12.5" or "-1234,56"), which stays as it is.
    static QString neutralized(const QString &value);
    static bool isPlainNumber(QStringView value);

private:
    QString formatField(const QString &value) const;

    QIODevice *m_device = nullptr;
    CsvWriteOptions m_options;
    qint64 m_records = 0;
};

} // namespace lejek
