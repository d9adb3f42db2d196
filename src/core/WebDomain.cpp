// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebDomain.h"

#include "Lead.h"

#include <QSet>
#include <QUrl>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

QString WebDomain::fromWebsite(const QString &website)
{
    const QString text = website.trimmed();
    if (text.isEmpty())
        return {};
    // "acme.pl/kontakt" has no scheme, and QUrl would read it all as a path.
    const QUrl url = QUrl::fromUserInput(text.contains(u"://"_s) ? text : u"https://"_s + text);
    QString host = url.host().toLower();
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    if (host.endsWith(u'.'))
        host.chop(1);
    // A bare word ("localhost", "acme") is no company's domain.
    return host.contains(u'.') ? host : QString();
}

QString WebDomain::fromEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    if (at < 0)
        return {};
    const QString domain = fromWebsite(email.mid(at + 1));
    return isFreeMail(domain) ? QString() : domain;
}

QString WebDomain::of(const QString &website, const QString &email)
{
    const QString site = fromWebsite(website);
    return site.isEmpty() ? fromEmail(email.trimmed()) : site;
}

QString WebDomain::of(const Lead &lead)
{
    return of(lead.value(u"website"_s).toString(), lead.value(u"email"_s).toString());
}

bool WebDomain::isFreeMail(const QString &domain)
{
    // Mailboxes anyone can have, Polish ones first: the people behind two such
    // addresses share a provider, not a company.
    static const QSet<QString> providers{
        u"wp.pl"_s,       u"o2.pl"_s,       u"onet.pl"_s,     u"onet.eu"_s,   u"op.pl"_s,         u"interia.pl"_s,
        u"interia.eu"_s,  u"poczta.fm"_s,   u"tlen.pl"_s,     u"gazeta.pl"_s, u"vp.pl"_s,         u"int.pl"_s,
        u"poczta.onet.pl"_s, u"autograf.pl"_s, u"buziaczek.pl"_s, u"gmail.com"_s, u"googlemail.com"_s,
        u"outlook.com"_s, u"hotmail.com"_s, u"live.com"_s,    u"msn.com"_s,   u"yahoo.com"_s,     u"icloud.com"_s,
        u"me.com"_s,      u"aol.com"_s,     u"gmx.com"_s,     u"gmx.de"_s,    u"mail.com"_s,      u"proton.me"_s,
        u"protonmail.com"_s, u"yandex.com"_s, u"seznam.cz"_s};
    return providers.contains(domain.toLower());
}

} // namespace lejek
