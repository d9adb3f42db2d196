// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvPreview.h"

#include <QFile>
#include <QStringDecoder>

namespace lejek {

namespace {
constexpr qint64 SampleBytes = 256 * 1024;

// The length of `bytes` without a UTF-8 sequence cut off at its end.
qsizetype withoutCutSequence(const QByteArray &bytes)
{
    qsizetype end = bytes.size();
    // Step back over at most three continuation bytes to the lead byte.
    for (qsizetype back = 1; back <= 4 && back <= bytes.size(); ++back) {
        const auto c = static_cast<unsigned char>(bytes.at(bytes.size() - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte
        const int length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        if (length > back)
            end = bytes.size() - back; // the sequence is cut: leave it out
        break;
    }
    return end;
}
} // namespace

CsvEncoding CsvPreview::detectEncoding(const QByteArray &sample)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(QByteArrayView(sample).first(withoutCutSequence(sample)));
    return utf8.hasError() ? CsvEncoding::Windows1250 : CsvEncoding::Utf8;
}

Result<CsvPreview> CsvPreview::load(const QString &path, std::optional<CsvEncoding> encoding, char delimiter, int maxRows)
{
    CsvPreview preview;
    if (!encoding) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            encoding = detectEncoding(file.read(SampleBytes));
        // else: the reader below names the problem
    }
    CsvReader reader(path, CsvReadOptions{encoding.value_or(CsvEncoding::Utf8), delimiter});
    if (auto opened = reader.open(); !opened)
        return std::unexpected(opened.error());
    preview.header = reader.header();
    preview.delimiter = reader.delimiter();
    preview.encoding = reader.encoding();
    preview.size = reader.size();
    while (preview.rows.size() < maxRows) {
        auto record = reader.next();
        if (!record)
            return std::unexpected(record.error());
        if (!*record)
            break;
        preview.rows.append(**record);
    }
    return preview;
}

} // namespace lejek
