// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>

class QFile;
class QIODevice;
struct csv_parser;

namespace lejek {

// One record of a CSV file: its fields, and the physical file line where it starts
// (the header is line 1; newlines inside quoted fields count).
struct CsvRecord {
    int line = 0;
    QStringList fields;
    friend bool operator==(const CsvRecord &, const CsvRecord &) = default;
};

enum class CsvEncoding { Utf8, Windows1250 };

struct CsvReadOptions {
    CsvEncoding encoding = CsvEncoding::Utf8;
    char delimiter = 0; // ',' or ';'; 0 detects it from the header line
};

// Reads an RFC 4180 file one record at a time (libcsv underneath), in bounded memory
// whatever the file's size: UTF-8 with or without a BOM (or Windows-1250), `,` or `;`,
// CRLF or LF, quoted delimiters, doubled quotes and newlines inside quotes. Every error
// names the line. A record whose field count differs from the header's is not an
// error here: fieldCountError() words it for the caller, who rejects that row alone.
// Blank lines are skipped. Fields are given as they are (no trimming); header names
// are trimmed.
//
//     CsvReader reader(path);
//     if (auto opened = reader.open(); !opened) ...          // reads the header
//     while (true) {
//         auto record = reader.next();
//         if (!record) ...                                   // record.error().message
//         if (!*record) break;                               // the end
//         use((*record)->line, (*record)->fields);
//     }
class CsvReader
{
public:
    // Reads from an open device, which it does not own.
    explicit CsvReader(QIODevice *device, CsvReadOptions options = {});
    // Opens and reads the file at path.
    explicit CsvReader(const QString &path, CsvReadOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens the file (if given by path), detects the delimiter and reads and checks the
    // header. next() calls it if the caller has not. Errors: the file cannot be opened
    // or read, it is empty, the encoding is wrong, header names are empty or repeated.
    Result<void> open();
    // The next record, std::nullopt at the end of the file, or the error that stops the
    // reading (the same error again on every later call).
    Result<std::optional<CsvRecord>> next();

    const QStringList &header() const { return m_header; }
    char delimiter() const { return m_delimiter; }
    CsvEncoding encoding() const { return m_options.encoding; }
    // The physical line the reader has got to (1-based).
    int line() const { return m_line; }
    // For a progress bar: the bytes consumed so far, and the file's size (-1 if the
    // device is sequential and the size unknown).
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const;

    // "the record has 5 fields, the header 6" (the caller names the line), or nothing if the counts agree.
    std::optional<QString> fieldCountError(const CsvRecord &record) const;

    // "utf-8", "utf8", "cp1250", "windows-1250" (any case); nothing if unknown.
    static std::optional<CsvEncoding> encodingFromName(QStringView name);

    static constexpr qsizetype ChunkBytes = 64 * 1024;
    static constexpr qsizetype MaxFieldBytes = 1024 * 1024;
    static constexpr qsizetype MaxRecordBytes = 4 * 1024 * 1024;
    static constexpr qsizetype MaxFields = 10000;

private:
    Result<void> readChunk();
    Result<void> detectDelimiter();
    Result<void> step();
    Result<void> feedSegment();
    Result<void> finish();
    std::optional<qsizetype> firstBadUtf8Byte(const char *data, qsizetype length);
    Result<void> checkHeader(int line) const;
    QString decode(const char *data, qsizetype length);
    Error fail(Error error);

    static void onField(void *data, size_t length, void *self);
    static void onRecordEnd(int terminator, void *self);

    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr;
    QString m_path;
    CsvReadOptions m_options;
    std::unique_ptr<csv_parser> m_parser;
    QStringDecoder m_decoder;

    QByteArray m_buffer; // the current chunk
    qsizetype m_pos = 0; // the next byte of m_buffer to parse
    bool m_eof = false;
    bool m_finished = false;
    bool m_opened = false;
    std::optional<Error> m_error;

    QStringList m_header;
    char m_delimiter = ',';
    qint64 m_bytesRead = 0;

    int m_line = 1; // the physical line of the next byte fed to the parser
    bool m_afterCr = false; // the last byte fed was a CR (a line break unless LF follows)
    int m_utf8Pending = 0; // continuation bytes still expected
    unsigned char m_utf8Low = 0x80, m_utf8High = 0xBF; // the range of the next one
    bool m_betweenRecords = true;
    int m_recordLine = 0; // where the record being parsed starts
    int m_fieldLine = 0; // where the field being parsed starts
    qsizetype m_recordBytes = 0;
    QStringList m_fields;
    std::optional<Error> m_callbackError;
    std::deque<CsvRecord> m_ready;
};

} // namespace lejek
