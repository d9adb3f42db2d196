// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lejek-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lejek"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEJEK_VERSION));
    return lejek::cli::CliApp().run(QCoreApplication::arguments());
}
