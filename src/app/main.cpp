// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application/CommandLine.h"
#include "application/Translations.h"
#include "LocalBackend.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Lejek"_s);
    QApplication::setApplicationName(u"lejek"_s);
    QApplication::setApplicationDisplayName(u"Lejek"_s);
    QApplication::setApplicationVersion(QStringLiteral(LEJEK_VERSION));

    // The language is known before the parser exists, so --help is translated too.
    lejek::app::Translations translations(
        lejek::app::Translations::choose(lejek::app::CommandLine::requestedLanguage(QApplication::arguments())));
    translations.install();

    const auto options = lejek::app::CommandLine::process(QApplication::arguments());
    if (!options) {
        qCritical().noquote() << options.error();
        return 2;
    }

    // The one place that knows the services run in this process.
    lejek::app::MainWindow window(lejek::LocalBackend::factory());
    window.resize(1280, 800);
    window.show();
    if (options->leadId)
        window.openLeadWhenReady(options->leadId);
    window.openDatabase(options->database);
    return QApplication::exec();
}
