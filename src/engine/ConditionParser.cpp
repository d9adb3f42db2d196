// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConditionParser.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::ConditionParser", text); }

bool isFieldKey(const QString &word)
{
    if (word.isEmpty() || !(word.front().isLetter() || word.front() == u'_'))
        return false;
    for (const QChar c : word)
        if (!(c.isLetterOrNumber() || c == u'_'))
            return false;
    return true;
}

// What ends a bare value or word: space, brackets, a comma, a quote, a comparison symbol.
bool endsWord(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u',' || c == u'"' || c == u'\'' || c == u'=' || c == u'<'
           || c == u'>' || c == u'!';
}

} // namespace

ConditionParser::ConditionParser(const QString &text) : m_text(text) {}

std::expected<ConditionExpr, ConditionError> ConditionParser::parse()
{
    if (auto tokens = tokenize(); !tokens)
        return std::unexpected(tokens.error());
    if (peek().type == Token::Type::End)
        return ConditionExpr::always();
    auto expr = expression();
    if (!expr)
        return expr;
    if (peek().type != Token::Type::End)
        return std::unexpected(errorAt(peek(), tr("\"and\", \"or\" or the end (quote a value that has spaces)")));
    return expr;
}

std::expected<void, ConditionError> ConditionParser::tokenize()
{
    qsizetype i = 0;
    const qsizetype n = m_text.size();
    while (i < n) {
        const QChar c = m_text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (c == u'(' || c == u')' || c == u',') {
            m_tokens.append({c == u'(' ? Token::Type::Open : c == u')' ? Token::Type::Close : Token::Type::Comma, QString(c), start});
            ++i;
        } else if (c == u'"' || c == u'\'') {
            QString text;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar d = m_text.at(i++);
                if (d == u'\\' && i < n) {
                    text += m_text.at(i++);
                } else if (d == c) {
                    closed = true;
                    break;
                } else {
                    text += d;
                }
            }
            if (!closed)
                return std::unexpected(ConditionError{
                    start, {}, tr("at character %1: the quoted value is not closed (expected %2)").arg(start + 1).arg(c)});
            m_tokens.append({Token::Type::Quoted, text, start});
        } else if (c == u'=' || c == u'<' || c == u'>' || c == u'!') {
            QString symbol(c);
            ++i;
            if (i < n && (m_text.at(i) == u'=' || (c == u'<' && m_text.at(i) == u'>')))
                symbol += m_text.at(i++);
            if (symbol == u"!"_s)
                return std::unexpected(ConditionError{start, {}, tr("at character %1: expected \"!=\"").arg(start + 1)});
            if (symbol == u"=="_s)
                symbol = u"="_s;
            if (symbol == u"<>"_s)
                symbol = u"!="_s;
            m_tokens.append({Token::Type::Symbol, symbol, start});
        } else {
            while (i < n && !endsWord(m_text.at(i)))
                ++i;
            m_tokens.append({Token::Type::Word, m_text.mid(start, i - start), start});
        }
    }
    m_tokens.append({Token::Type::End, {}, n});
    return {};
}

std::expected<ConditionExpr, ConditionError> ConditionParser::expression()
{
    QList<ConditionExpr> parts;
    do {
        auto part = conjunct();
        if (!part)
            return part;
        parts.append(std::move(*part));
    } while (takeKeyword("or"_L1));
    return parts.size() == 1 ? parts.front() : ConditionExpr::any(std::move(parts));
}

std::expected<ConditionExpr, ConditionError> ConditionParser::conjunct()
{
    QList<ConditionExpr> parts;
    do {
        auto part = primary();
        if (!part)
            return part;
        parts.append(std::move(*part));
    } while (takeKeyword("and"_L1));
    return parts.size() == 1 ? parts.front() : ConditionExpr::all(std::move(parts));
}

std::expected<ConditionExpr, ConditionError> ConditionParser::primary()
{
    if (peek().type == Token::Type::Open) {
        const Token open = take();
        auto inner = expression();
        if (!inner)
            return inner;
        if (peek().type != Token::Type::Close)
            return std::unexpected(errorAt(peek(), tr("\")\" closing the \"(\" at character %1").arg(open.position + 1)));
        take();
        return inner;
    }
    return comparison();
}

std::expected<ConditionExpr, ConditionError> ConditionParser::comparison()
{
    bool daysSince = false;
    if (peekKeyword("days"_L1)) {
        take();
        if (!takeKeyword("since"_L1))
            return std::unexpected(errorAt(peek(), tr("\"since\" after \"days\"")));
        daysSince = true;
    }
    if (peek().type != Token::Type::Word || !isFieldKey(peek().text))
        return std::unexpected(errorAt(peek(), tr("a field key such as employees or industry")));
    const QString field = take().text;
    const QString expectedOperator =
        tr("an operator: =, !=, <, <=, >, >=, in, not in, contains, between, is empty, is not empty or changed");

    if (peek().type == Token::Type::Symbol) {
        const QString symbol = take().text;
        ConditionExpr::Op op;
        ConditionExpr::opFromText(symbol, &op);
        auto operand = value(tr("a value after \"%1\"").arg(symbol));
        if (!operand)
            return std::unexpected(operand.error());
        return ConditionExpr::compare(field, op, {*operand}, daysSince);
    }
    const bool notIn = peekKeyword("not"_L1) && m_tokens.at(m_next + 1).type == Token::Type::Word
                       && m_tokens.at(m_next + 1).text.compare("in"_L1, Qt::CaseInsensitive) == 0;
    if (notIn)
        m_next += 2;
    if (notIn || takeKeyword("in"_L1)) {
        auto values = list();
        if (!values)
            return std::unexpected(values.error());
        return ConditionExpr::compare(field, notIn ? ConditionExpr::Op::NotIn : ConditionExpr::Op::In, *values, daysSince);
    }
    if (takeKeyword("contains"_L1)) {
        auto operand = value(tr("a value after \"contains\""));
        if (!operand)
            return std::unexpected(operand.error());
        return ConditionExpr::compare(field, ConditionExpr::Op::Contains, {*operand}, daysSince);
    }
    if (takeKeyword("between"_L1)) {
        auto low = value(tr("the lower bound after \"between\""));
        if (!low)
            return std::unexpected(low.error());
        if (!takeKeyword("and"_L1))
            return std::unexpected(errorAt(peek(), tr("\"and\" between the two bounds")));
        auto high = value(tr("the upper bound after \"and\""));
        if (!high)
            return std::unexpected(high.error());
        return ConditionExpr::compare(field, ConditionExpr::Op::Between, {*low, *high}, daysSince);
    }
    if (takeKeyword("is"_L1)) {
        const bool negated = takeKeyword("not"_L1);
        if (!takeKeyword("empty"_L1))
            return std::unexpected(errorAt(peek(), negated ? tr("\"empty\" after \"is not\"") : tr("\"empty\" or \"not empty\" after \"is\"")));
        return ConditionExpr::compare(field, negated ? ConditionExpr::Op::IsFilled : ConditionExpr::Op::IsEmpty, {}, daysSince);
    }
    if (takeKeyword("filled"_L1))
        return ConditionExpr::compare(field, ConditionExpr::Op::IsFilled, {}, daysSince);
    if (takeKeyword("changed"_L1))
        return ConditionExpr::compare(field, ConditionExpr::Op::Changed, {}, daysSince);
    return std::unexpected(errorAt(peek(), expectedOperator));
}

std::expected<QString, ConditionError> ConditionParser::value(const QString &expected)
{
    const Token &token = peek();
    // A bare "and" or "or" where a value belongs is a value left out; the word itself
    // is written in quotes.
    if (token.type == Token::Type::Quoted || (token.type == Token::Type::Word && !peekKeyword("and"_L1) && !peekKeyword("or"_L1)))
        return take().text;
    return std::unexpected(errorAt(token, expected));
}

std::expected<QStringList, ConditionError> ConditionParser::list()
{
    const bool bracketed = peek().type == Token::Type::Open;
    if (bracketed)
        take();
    QStringList values;
    do {
        auto item = value(values.isEmpty() ? tr("a value to look for") : tr("a value after \",\""));
        if (!item)
            return std::unexpected(item.error());
        values.append(*item);
    } while (peek().type == Token::Type::Comma && (take(), true));
    if (bracketed) {
        if (peek().type != Token::Type::Close)
            return std::unexpected(errorAt(peek(), tr("\",\" or \")\" in the list")));
        take();
    }
    return values;
}

bool ConditionParser::peekKeyword(QLatin1StringView keyword) const
{
    return peek().type == Token::Type::Word && peek().text.compare(keyword, Qt::CaseInsensitive) == 0;
}

bool ConditionParser::takeKeyword(QLatin1StringView keyword)
{
    if (!peekKeyword(keyword))
        return false;
    ++m_next;
    return true;
}

ConditionError ConditionParser::errorAt(const Token &token, const QString &expected) const
{
    const QString found = token.type == Token::Type::End ? tr("the end") : u"\"%1\""_s.arg(token.text);
    return ConditionError{token.position, {},
                          tr("at character %1: expected %2, found %3").arg(token.position + 1).arg(expected, found)};
}

} // namespace lejek
