// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueParser.h"

#include "Money.h"
#include "Nip.h"
#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QUrl>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("lejek::ValueParser", text); }

bool hasControlCharacters(const QString &text, bool allowNewlines)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && !(allowNewlines && (c == u'\n' || c == u'\r' || c == u'\t')))
            return true;
    }
    return false;
}
} // namespace

bool ValueParser::isCurrencyCode(const QString &text)
{
    static const QRegularExpression re(u"^[A-Z]{3}$"_s);
    return re.match(text).hasMatch();
}

bool ValueParser::isValidEmail(const QString &text)
{
    // Pragmatic: one @, a dot in the domain, no spaces; what mail servers accept in practice.
    static const QRegularExpression re(uR"(^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$)"_s);
    return text.size() <= 254 && re.match(text).hasMatch() && !text.contains(u".."_s);
}

std::optional<QString> ValueParser::normalizePhone(const QString &text)
{
    return PhoneNumber::toE164(text);
}

std::optional<QDate> ValueParser::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : {u"yyyy-MM-dd"_s, u"dd.MM.yyyy"_s, u"d.M.yyyy"_s}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    // An ISO date-time: take its date part.
    if (t.size() > 10 && t[10] == u'T') {
        const QDate d = QDate::fromString(t.left(10), u"yyyy-MM-dd"_s);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

std::expected<QVariant, QString> ValueParser::parse(const FieldDefinition &field, const QString &raw)
{
    // Long text keeps its lines, with one kind of line end whatever system wrote it.
    const QString text = field.type == FieldType::LongText
                             ? QString(raw).replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').trimmed()
                             : raw.simplified();
    if (text.isEmpty())
        return QVariant();
    const bool longText = field.type == FieldType::LongText;
    if (text.size() > (longText ? MaxLongTextLength : MaxTextLength))
        return std::unexpected(tr("is too long (%1 characters, at most %2)").arg(text.size()).arg(longText ? MaxLongTextLength : MaxTextLength));
    if (hasControlCharacters(text, longText))
        return std::unexpected(tr("contains control characters"));

    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return QVariant(text);
    case FieldType::Email:
        if (!isValidEmail(text))
            return std::unexpected(tr("is not a valid e-mail address: %1").arg(text));
        return QVariant(text.toLower());
    case FieldType::Phone:
        if (const auto phone = normalizePhone(text))
            return QVariant(*phone);
        return std::unexpected(tr("is not a phone number (a Polish one of 9 digits, or one with its country code, e.g. +49 30 1234567): %1").arg(text));
    case FieldType::Nip:
        if (const auto nip = Nip::normalize(text))
            return QVariant(*nip);
        return std::unexpected(tr("is not a valid NIP (10 digits with a correct check digit): %1").arg(text));
    case FieldType::Url: {
        const QUrl url = QUrl::fromUserInput(text);
        if (!url.isValid() || url.host().isEmpty() || !url.host().contains(u'.')
            || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
            return std::unexpected(tr("is not a web address: %1").arg(text));
        return QVariant(text);
    }
    case FieldType::Integer: {
        QString digits = text;
        digits.remove(u' ');
        digits.remove(QChar(0x00A0));
        bool ok = false;
        const qlonglong n = digits.toLongLong(&ok);
        if (!ok)
            return std::unexpected(tr("is not a whole number: %1").arg(text));
        return QVariant(n);
    }
    case FieldType::Money:
        if (const auto minor = Money::parseMinor(text))
            return QVariant(static_cast<qlonglong>(*minor));
        return std::unexpected(tr("is not an amount (e.g. 1234.56 or 1 234,56): %1").arg(text));
    case FieldType::Date:
        if (const auto date = parseDate(text))
            return QVariant(*date);
        return std::unexpected(tr("is not a date (YYYY-MM-DD or DD.MM.YYYY): %1").arg(text));
    case FieldType::Currency: {
        const QString upper = text.toUpper();
        if (!isCurrencyCode(upper))
            return std::unexpected(tr("is not a currency code (three letters, e.g. PLN): %1").arg(text));
        return QVariant(upper);
    }
    case FieldType::Choice: {
        if (field.choices.isEmpty())
            return QVariant(text);
        for (const QString &choice : field.choices)
            if (choice.compare(text, Qt::CaseInsensitive) == 0)
                return QVariant(choice);
        return std::unexpected(tr("must be one of %1: %2").arg(field.choices.join(u", "_s), text));
    }
    case FieldType::MultiChoice: {
        QStringList values;
        for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
            const QString item = part.trimmed();
            const auto it = std::find_if(field.choices.begin(), field.choices.end(),
                                         [&](const QString &c) { return c.compare(item, Qt::CaseInsensitive) == 0; });
            if (!field.choices.isEmpty() && it == field.choices.end())
                return std::unexpected(tr("must be among %1: %2").arg(field.choices.join(u", "_s), item));
            values.append(field.choices.isEmpty() ? item : *it);
        }
        return QVariant(values);
    }
    }
    return std::unexpected(tr("has an unknown type"));
}

QString ValueParser::toText(const FieldDefinition &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Money: {
        const qlonglong minor = value.toLongLong();
        const qlonglong absMinor = minor < 0 ? -minor : minor;
        return u"%1%2.%3"_s.arg(minor < 0 ? u"-"_s : QString()).arg(absMinor / 100).arg(absMinor % 100, 2, 10, QChar(u'0'));
    }
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::MultiChoice:
        return value.toStringList().join(u';');
    default:
        return value.toString();
    }
}

} // namespace lejek
