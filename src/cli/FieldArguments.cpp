// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldArguments.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

bool FieldArguments::isAssignment(const QString &argument)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]*="_s);
    return re.match(argument).hasMatch();
}

std::expected<FieldInput, QString> FieldArguments::parse(const QStringList &arguments)
{
    FieldInput input;
    for (const QString &argument : arguments) {
        if (!isAssignment(argument))
            return std::unexpected(QCoreApplication::translate("lejek::cli::FieldArguments", "expected KEY=VALUE, got \"%1\"").arg(argument));
        const qsizetype eq = argument.indexOf(u'=');
        const QString key = argument.left(eq).toLower();
        if (input.contains(key))
            return std::unexpected(QCoreApplication::translate("lejek::cli::FieldArguments", "%1 is given twice").arg(key));
        input.insert(key, argument.mid(eq + 1));
    }
    return input;
}

} // namespace lejek::cli
