// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"
#include "LocalBackend.h"
#include "Translator.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lejek-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lejek"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEJEK_VERSION));
    // Messages in the user's language (LANG=pl_PL.UTF-8 gives Polish).
    const auto translator = lejek::Translator::load(lejek::Translator::systemLanguage());
    if (translator)
        QCoreApplication::installTranslator(translator.get());
    // The one place that knows the services run in this process.
    return lejek::cli::CliApp(lejek::LocalBackend::factory()).run(QCoreApplication::arguments());
}
