// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lejek {

struct Lead;

// The company's web domain, one of the keys two leads are the same company by (DOMAIN.md:
// e-mail, then tax id, then domain): the website's host without "www.", else the domain
// of a company e-mail address. Free-mail domains (gmail.com, wp.pl, …) name no company.
class WebDomain
{
public:
    // "acme.pl" for "https://www.Acme.pl/kontakt"; empty when it names no host.
    static QString fromWebsite(const QString &website);
    // "acme.pl" for "jan@acme.pl"; empty for a free-mail address or no address.
    static QString fromEmail(const QString &email);
    // The company's: from its website, else from its e-mail (as typed or stored).
    static QString of(const QString &website, const QString &email);
    static QString of(const Lead &lead);
    static bool isFreeMail(const QString &domain);
};

} // namespace lejek
