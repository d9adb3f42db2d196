// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace lejek::app {

// The user interface's language: Qt's own translations (qtbase) and Lejek's, embedded
// at :/i18n, and the default QLocale, so numbers, money and stage names follow it.
// Installed for as long as the object lives.
class Translations
{
public:
    explicit Translations(QString language);
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    static QStringList supported(); // "en", "pl"
    // The requested language when supported, else the system locale's, else English.
    static QString choose(const QString &requested, const QLocale &system = QLocale::system());
    // The locale numbers and money are written in for `language`.
    static QLocale locale(const QString &language, const QLocale &system = QLocale::system());

    // Sets the default locale and installs the translators; false when Lejek's own
    // translation is missing (the UI then stays in English).
    bool install();
    QString language() const { return m_language; }

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_lejek;
};

} // namespace lejek::app
