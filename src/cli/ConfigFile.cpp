// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::ConfigFile", s); }
} // namespace

Result<QJsonObject> ConfigFile::read(const QString &path, QString *pipeline)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(tr("cannot read %1: %2").arg(path, in.errorString())));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &error);
    if (!doc.isObject())
        return std::unexpected(Error::invalid(tr("%1 is not a JSON object: %2 at byte %3").arg(path, error.errorString()).arg(error.offset)));
    QJsonObject file = doc.object();
    if (file.value(u"lejek_config"_s).toInt() != Format)
        return std::unexpected(
            Error::invalid(tr("%1: \"lejek_config\": %2 is missing or not a format this Lejek reads").arg(path).arg(Format)));
    if (pipeline)
        *pipeline = file.value(u"pipeline"_s).toString();
    file.remove(u"lejek_config"_s);
    file.remove(u"pipeline"_s);
    return file;
}

} // namespace lejek::cli
