// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lejek::CsvWriter", text);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvWriteOptions options)
    : m_device(device)
    , m_options(options)
{
    Q_ASSERT_X(options.delimiter == ',' || options.delimiter == ';', "CsvWriter", "the delimiter is ',' or ';'");
    if (m_options.delimiter != ';')
        m_options.delimiter = ',';
}

Result<void> CsvWriter::writeRecord(const QStringList &fields)
{
    QString line;
    if (fields.size() == 1 && fields.constFirst().isEmpty()) {
        line = u"\"\""_s; // an empty line would be no record at all
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(m_options.delimiter);
            line += formatField(fields.at(i));
        }
    }
    line += u"\r\n"_s;

    QByteArray bytes;
    if (m_records == 0 && m_options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += line.toUtf8();
    if (!m_device || m_device->write(bytes) != bytes.size()) {
        return std::unexpected(
            Error::storage(tr("cannot write the CSV file: %1").arg(m_device ? m_device->errorString() : tr("no file"))));
    }
    ++m_records;
    return ok();
}

QString CsvWriter::formatField(const QString &value) const
{
    const QString text = m_options.neutralizeFormulas ? neutralized(value) : value;
    const QChar delimiter = QLatin1Char(m_options.delimiter);
    const auto isBlank = [](QChar c) { return c == u' ' || c == u'\t'; };
    const bool quote = text.contains(delimiter) || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n')
        || (!text.isEmpty() && (isBlank(text.front()) || isBlank(text.back())));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CsvWriter::neutralized(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    const bool dangerous = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    if (!dangerous || isPlainNumber(value))
        return value;
    return u'\'' + value;
}

bool CsvWriter::isPlainNumber(QStringView value)
{
    const qsizetype n = value.size();
    qsizetype i = value.startsWith(u'-') ? 1 : 0;
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < n && isAsciiDigit(value[i]))
            ++i;
        return i > start;
    };
    if (!digits())
        return false;
    if (i == n)
        return true;
    if (value[i] != u'.' && value[i] != u',')
        return false;
    ++i;
    return digits() && i == n;
}

} // namespace lejek
