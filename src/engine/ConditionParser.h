// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConditionExpr.h"

#include <QList>
#include <QString>

namespace lejek {

// Reads ConditionExpr's text form: a small lexer and a recursive-descent parser over
//   expr       := conjunct ("or" conjunct)*
//   conjunct   := primary ("and" primary)*
//   primary    := "(" expr ")" | comparison
//   comparison := ["days" "since"] FIELD test
//   test       := CMP value | ["not"] "in" list | "contains" value
//               | "between" value "and" value | "is" ["not"] "empty" | "filled" | "changed"
//   list       := "(" value ("," value)* ")" | value ("," value)*
// Errors name the character where reading stopped and what was expected there.
class ConditionParser
{
public:
    explicit ConditionParser(const QString &text);
    std::expected<ConditionExpr, ConditionError> parse();

private:
    struct Token {
        enum class Type { Word, Quoted, Symbol, Open, Close, Comma, End };
        Type type = Type::End;
        QString text;
        qsizetype position = 0;
    };

    std::expected<void, ConditionError> tokenize();
    std::expected<ConditionExpr, ConditionError> expression();
    std::expected<ConditionExpr, ConditionError> conjunct();
    std::expected<ConditionExpr, ConditionError> primary();
    std::expected<ConditionExpr, ConditionError> comparison();
    std::expected<QString, ConditionError> value(const QString &expected);
    std::expected<QStringList, ConditionError> list();

    const Token &peek() const { return m_tokens.at(m_next); }
    Token take() { return m_tokens.at(m_next++); }
    bool peekKeyword(QLatin1StringView keyword) const;
    bool takeKeyword(QLatin1StringView keyword);
    ConditionError errorAt(const Token &token, const QString &expected) const;

    QString m_text;
    QList<Token> m_tokens;
    qsizetype m_next = 0;
};

} // namespace lejek
