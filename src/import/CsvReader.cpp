// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <csv.h>
#include <array>
#include <utility>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lejek::CsvReader", text);
}

// RFC 4180: spaces are part of a field. libcsv trims them unless told otherwise.
int noSpace(unsigned char)
{
    return 0;
}

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

} // namespace

CsvReader::CsvReader(QIODevice *device, CsvReadOptions options)
    : m_device(device)
    , m_options(options)
{ }

CsvReader::CsvReader(const QString &path, CsvReadOptions options)
    : m_file(std::make_unique<QFile>(path))
    , m_device(m_file.get())
    , m_path(path)
    , m_options(options)
{ }

CsvReader::~CsvReader()
{
    if (m_parser)
        csv_free(m_parser.get());
}

qint64 CsvReader::size() const
{
    if (!m_device || m_device->isSequential())
        return -1;
    return m_device->size();
}

Error CsvReader::fail(Error error)
{
    m_error = error;
    return error;
}

Result<void> CsvReader::open()
{
    if (m_error)
        return std::unexpected(*m_error);
    if (m_opened)
        return ok();
    m_opened = true;

    if (m_options.encoding == CsvEncoding::Windows1250) {
        m_decoder = QStringDecoder("windows-1250");
        if (!m_decoder.isValid())
            return std::unexpected(fail(Error::invalid(tr("this build of Qt cannot decode Windows-1250 text"))));
    }
    if (m_options.delimiter != 0 && m_options.delimiter != ',' && m_options.delimiter != ';')
        return std::unexpected(fail(Error::invalid(tr("the delimiter must be \",\" or \";\""))));

    if (m_file) {
        if (!m_file->open(QIODevice::ReadOnly)) {
            const QString message = tr("cannot open %1: %2").arg(m_path, m_file->errorString());
            return std::unexpected(fail(m_file->exists() ? Error::storage(message) : Error::notFound(message)));
        }
    } else if (!m_device || !m_device->isReadable()) {
        return std::unexpected(fail(Error::invalid(tr("the CSV input is not open for reading"))));
    }

    // A UTF-8 byte order mark is no part of the first header name.
    while (m_buffer.size() < 3 && !m_eof) {
        if (auto read = readChunk(); !read)
            return read;
    }
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_bytesRead = 3;
    }

    if (auto detected = detectDelimiter(); !detected)
        return detected;

    m_parser = std::make_unique<csv_parser>();
    if (csv_init(m_parser.get(), CSV_STRICT | CSV_STRICT_FINI) != 0) {
        m_parser.reset();
        return std::unexpected(fail(Error::storage(tr("cannot start the CSV parser"))));
    }
    csv_set_delim(m_parser.get(), static_cast<unsigned char>(m_delimiter));
    csv_set_space_func(m_parser.get(), noSpace);

    while (m_ready.empty() && !m_finished) {
        if (auto stepped = step(); !stepped)
            return stepped;
    }
    if (m_ready.empty())
        return std::unexpected(fail(Error::invalid(tr("the file is empty"))));
    const CsvRecord headerRecord = std::move(m_ready.front());
    m_ready.pop_front();
    m_header.reserve(headerRecord.fields.size());
    for (const QString &name : headerRecord.fields)
        m_header.append(name.trimmed());
    if (auto checked = checkHeader(headerRecord.line); !checked)
        return std::unexpected(fail(checked.error()));
    return ok();
}

Result<std::optional<CsvRecord>> CsvReader::next()
{
    if (auto opened = open(); !opened)
        return std::unexpected(opened.error());
    while (m_ready.empty()) {
        if (m_finished)
            return std::optional<CsvRecord>();
        if (auto stepped = step(); !stepped)
            return std::unexpected(stepped.error());
    }
    CsvRecord record = std::move(m_ready.front());
    m_ready.pop_front();
    return record;
}

std::optional<QString> CsvReader::fieldCountError(const CsvRecord &record) const
{
    if (record.fields.size() == m_header.size())
        return std::nullopt;
    return tr("the record has %1 fields, the header %2").arg(record.fields.size()).arg(m_header.size());
}

std::optional<CsvEncoding> CsvReader::encodingFromName(QStringView name)
{
    const QString key = name.trimmed().toString().toLower();
    if (key == u"utf-8"_s || key == u"utf8"_s)
        return CsvEncoding::Utf8;
    if (key == u"cp1250"_s || key == u"windows-1250"_s || key == u"windows1250"_s)
        return CsvEncoding::Windows1250;
    return std::nullopt;
}

Result<void> CsvReader::readChunk()
{
    // Keeps the bytes not yet parsed (only the header search leaves any) and appends.
    if (m_pos == m_buffer.size())
        m_buffer.resize(0);
    else if (m_pos > 0)
        m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + ChunkBytes);
    const qint64 count = m_device->read(m_buffer.data() + kept, ChunkBytes);
    if (count < 0) {
        m_buffer.resize(kept);
        return std::unexpected(fail(Error::storage(tr("cannot read the file: %1").arg(m_device->errorString()))));
    }
    m_buffer.resize(kept + count);
    if (count == 0)
        m_eof = true;
    return ok();
}

// The delimiter of the header line and the first record: the one that splits both
// into the same number of fields, as a header "Firma;Kwota, PLN" over "Acme;1 234,56"
// shows `;` does and `,` does not. When both or neither do (or there is no record),
// the one that occurs more often in the header outside quotes; `;` wins a tie when it
// occurs at all, as Polish spreadsheets write it.
Result<void> CsvReader::detectDelimiter()
{
    if (m_options.delimiter != 0) {
        m_delimiter = m_options.delimiter;
        return ok();
    }
    qsizetype scanned = 0; // from m_pos
    bool quoted = false;
    struct Counts {
        qsizetype commas = 0;
        qsizetype semicolons = 0;
    };
    std::array<Counts, 2> lines; // the header's, the first record's
    std::size_t line = 0;
    bool lineHasText = false;
    while (line < lines.size()) {
        const qsizetype end = m_buffer.size();
        for (qsizetype i = m_pos + scanned; i < end && line < lines.size(); ++i) {
            const char c = m_buffer.at(i);
            if (!quoted && isLineEnd(c)) {
                if (lineHasText)
                    ++line; // blank lines (and the LF of a CRLF) end nothing
                lineHasText = false;
                continue;
            }
            lineHasText = true;
            if (c == '"')
                quoted = !quoted;
            else if (quoted)
                continue;
            else if (c == ',')
                ++lines[line].commas;
            else if (c == ';')
                ++lines[line].semicolons;
        }
        scanned = end - m_pos;
        if (line >= lines.size() || m_eof || scanned > 2 * MaxRecordBytes)
            break;
        if (auto read = readChunk(); !read) // keeps the bytes from m_pos, so `scanned` holds
            return read;
    }
    const Counts &header = lines[0];
    // A whole first record: ended by a line end, or by the end of the file.
    const bool haveRecord = line >= lines.size() || (line == 1 && lineHasText && m_eof && !quoted);
    if (haveRecord) {
        const Counts &record = lines[1];
        const bool commaFits = header.commas > 0 && header.commas == record.commas;
        const bool semicolonFits = header.semicolons > 0 && header.semicolons == record.semicolons;
        if (commaFits != semicolonFits) {
            m_delimiter = semicolonFits ? ';' : ',';
            return ok();
        }
    }
    m_delimiter = header.semicolons > 0 && header.semicolons >= header.commas ? ';' : ',';
    return ok();
}

Result<void> CsvReader::step()
{
    if (m_pos < m_buffer.size())
        return feedSegment();
    if (!m_eof)
        return readChunk();
    return finish();
}

// Feeds the parser up to and including the next CR or LF, so a segment lies within one
// physical line and the parser's callbacks and errors know their line.
Result<void> CsvReader::feedSegment()
{
    const char *begin = m_buffer.constData() + m_pos;
    const qsizetype available = m_buffer.size() - m_pos;
    qsizetype length = 0;
    while (length < available && !isLineEnd(begin[length]))
        ++length;
    if (length < available)
        ++length;

    if (m_afterCr) { // a lone CR (old Mac files) ends a line; a CR before LF does not
        m_afterCr = false;
        if (begin[0] != '\n')
            ++m_line;
    }
    if (m_betweenRecords && !isLineEnd(begin[0])) {
        m_betweenRecords = false;
        m_recordLine = m_line;
        m_fieldLine = m_line;
        m_recordBytes = 0;
    }
    if (m_options.encoding == CsvEncoding::Utf8 && firstBadUtf8Byte(begin, length)) {
        return std::unexpected(fail(Error::invalid(
            tr("line %1: the text is not valid UTF-8 (if the file was saved as Windows-1250, read it with that encoding)")
                .arg(m_line))));
    }

    const size_t parsed = csv_parse(m_parser.get(), begin, static_cast<size_t>(length), onField, onRecordEnd, this);
    if (m_callbackError)
        return std::unexpected(fail(*m_callbackError));
    if (parsed != static_cast<size_t>(length)) {
        if (csv_error(m_parser.get()) == CSV_EPARSE) {
            return std::unexpected(fail(
                Error::invalid(tr("line %1: a quote inside an unquoted field, or text after a closing quote (a field with quotes "
                                  "must be quoted whole, its quotes doubled)")
                                   .arg(m_line))));
        }
        return std::unexpected(fail(
            Error::storage(tr("line %1: %2").arg(m_line).arg(QString::fromLatin1(csv_strerror(csv_error(m_parser.get())))))));
    }
    m_pos += length;
    m_bytesRead += length;
    if (begin[length - 1] == '\n')
        ++m_line;
    else if (begin[length - 1] == '\r')
        m_afterCr = true;

    const auto fieldBytes = static_cast<qsizetype>(m_parser->entry_pos);
    if (fieldBytes > MaxFieldBytes) {
        return std::unexpected(
            fail(Error::invalid(tr("line %1: a field is larger than 1 MiB (is a quote not closed?)").arg(m_fieldLine))));
    }
    if (!m_betweenRecords && m_recordBytes + fieldBytes > MaxRecordBytes)
        return std::unexpected(fail(Error::invalid(tr("line %1: the record is larger than 4 MiB").arg(m_recordLine))));
    return ok();
}

Result<void> CsvReader::finish()
{
    m_finished = true;
    if (m_utf8Pending > 0) {
        return std::unexpected(
            fail(Error::invalid(tr("line %1: the text is not valid UTF-8 (the file ends inside a character)").arg(m_line))));
    }
    const int status = csv_fini(m_parser.get(), onField, onRecordEnd, this);
    if (m_callbackError)
        return std::unexpected(fail(*m_callbackError));
    if (status != 0)
        return std::unexpected(fail(Error::invalid(tr("line %1: a quoted field is not closed").arg(m_fieldLine))));
    return ok();
}

// Checks the bytes as a continuation of what came before (a character may straddle two
// chunks): overlong forms, surrogates and code points past U+10FFFF are refused.
std::optional<qsizetype> CsvReader::firstBadUtf8Byte(const char *data, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (m_utf8Pending > 0) {
            if (b < m_utf8Low || b > m_utf8High)
                return i;
            --m_utf8Pending;
            m_utf8Low = 0x80;
            m_utf8High = 0xBF;
        } else if (b >= 0x80) {
            if (b >= 0xC2 && b <= 0xDF) {
                m_utf8Pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                m_utf8Pending = 2;
                if (b == 0xE0)
                    m_utf8Low = 0xA0;
                else if (b == 0xED)
                    m_utf8High = 0x9F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                m_utf8Pending = 3;
                if (b == 0xF0)
                    m_utf8Low = 0x90;
                else if (b == 0xF4)
                    m_utf8High = 0x8F;
            } else {
                return i;
            }
        }
    }
    return std::nullopt;
}

Result<void> CsvReader::checkHeader(int line) const
{
    QStringList empty;
    QStringList repeated;
    QSet<QString> seen;
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        const QString &name = m_header.at(i);
        if (name.isEmpty())
            empty.append(QString::number(i + 1));
        else if (seen.contains(name) && !repeated.contains(name))
            repeated.append(name);
        seen.insert(name);
    }
    if (!empty.isEmpty()) {
        return std::unexpected(
            Error::invalid(tr("line %1: columns without a name in the header: %2").arg(line).arg(empty.join(u", "_s))));
    }
    if (!repeated.isEmpty()) {
        return std::unexpected(Error::invalid(tr("line %1: column names used twice in the header: %2")
                                                  .arg(line)
                                                  .arg(u"\""_s + repeated.join(u"\", \""_s) + u"\""_s)));
    }
    return ok();
}

QString CsvReader::decode(const char *data, qsizetype length)
{
    if (m_options.encoding == CsvEncoding::Windows1250)
        return m_decoder.decode(QByteArrayView(data, length));
    return QString::fromUtf8(data, length);
}

void CsvReader::onField(void *data, size_t length, void *self)
{
    auto *reader = static_cast<CsvReader *>(self);
    if (reader->m_callbackError)
        return;
    const auto bytes = static_cast<qsizetype>(length);
    if (bytes > MaxFieldBytes) {
        reader->m_callbackError = Error::invalid(tr("line %1: a field is larger than 1 MiB").arg(reader->m_fieldLine));
        return;
    }
    reader->m_recordBytes += bytes + 1;
    if (reader->m_recordBytes > MaxRecordBytes) {
        reader->m_callbackError = Error::invalid(tr("line %1: the record is larger than 4 MiB").arg(reader->m_recordLine));
        return;
    }
    if (reader->m_fields.size() >= MaxFields) {
        reader->m_callbackError
            = Error::invalid(tr("line %1: the record has more than %2 fields").arg(reader->m_recordLine).arg(MaxFields));
        return;
    }
    reader->m_fields.append(reader->decode(static_cast<const char *>(data), bytes));
    reader->m_fieldLine = reader->m_line; // the next field starts after this delimiter
}

void CsvReader::onRecordEnd(int, void *self)
{
    auto *reader = static_cast<CsvReader *>(self);
    if (reader->m_callbackError)
        return;
    reader->m_ready.push_back(CsvRecord {reader->m_recordLine, std::exchange(reader->m_fields, {})});
    reader->m_betweenRecords = true;
    reader->m_recordBytes = 0;
}

} // namespace lejek
