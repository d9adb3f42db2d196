// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

Translations::Translations(QString language)
    : m_language(std::move(language))
{ }

Translations::~Translations()
{
    if (m_lejek)
        QCoreApplication::removeTranslator(m_lejek.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList Translations::supported()
{
    return {u"en"_s, u"pl"_s};
}

QString Translations::choose(const QString &requested, const QLocale &system)
{
    const QString wanted = requested.trimmed().toLower();
    if (supported().contains(wanted))
        return wanted;
    return system.language() == QLocale::Polish ? u"pl"_s : u"en"_s;
}

QLocale Translations::locale(const QString &language, const QLocale &system)
{
    if (language == u"pl"_s)
        return system.language() == QLocale::Polish ? system : QLocale(QLocale::Polish, QLocale::Poland);
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool Translations::install()
{
    QLocale::setDefault(locale(m_language));
    if (m_language != u"en"_s) { // Qt's own texts are English already
        m_qt = std::make_unique<QTranslator>();
        if (m_qt->load(u"qtbase_"_s + m_language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
        else
            m_qt.reset();
    }
    // For English only the plural forms ("1 lead", "2 leads").
    m_lejek = std::make_unique<QTranslator>();
    if (!m_lejek->load(u":/i18n/lejek_"_s + m_language + u".qm"_s)) {
        m_lejek.reset();
        return false;
    }
    QCoreApplication::installTranslator(m_lejek.get());
    return true;
}

} // namespace lejek::app
