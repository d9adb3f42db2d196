// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCompanies.h"

#include "DemoPeople.h"
#include "DemoRandom.h"
#include "DemoTexts.h"
#include "Nip.h"

#include <QStringView>

#include <array>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

struct City {
    QStringView name;
    int weight;
    QStringView areaCode;
    std::array<int, 10> taxOffices; // NIP prefixes of the city's tax offices; 0 ends the list
};

// Weighted roughly by how many firms are registered there.
const City kCities[] = {
    {u"Warszawa", 25, u"22", {521, 522, 524, 525, 526, 527, 113, 118, 701, 951}},
    {u"Kraków", 10, u"12", {675, 676, 677, 678, 679, 944, 945}},
    {u"Wrocław", 9, u"71", {894, 895, 896, 897, 898, 899}},
    {u"Poznań", 8, u"61", {777, 778, 779, 781, 782, 783, 972}},
    {u"Gdańsk", 6, u"58", {583, 584, 604, 957}},
    {u"Łódź", 6, u"42", {725, 726, 727, 728, 729, 947}},
    {u"Katowice", 6, u"32", {634, 954, 205}},
    {u"Lublin", 4, u"81", {712, 713, 714, 715, 716, 946}},
    {u"Szczecin", 4, u"91", {851, 852, 853, 854, 955}},
    {u"Bydgoszcz", 3, u"52", {554, 953, 967}},
    {u"Gdynia", 3, u"58", {586, 587, 958}},
    {u"Rzeszów", 3, u"17", {813, 517}},
    {u"Białystok", 2, u"85", {542, 966}},
    {u"Toruń", 2, u"56", {879, 956}},
    {u"Kielce", 2, u"41", {657, 959}},
    {u"Olsztyn", 2, u"89", {739}},
    {u"Opole", 2, u"77", {754}},
    {u"Gliwice", 2, u"32", {631, 969}},
    {u"Bielsko-Biała", 2, u"33", {547, 937}},
    {u"Zielona Góra", 1, u"68", {929, 973}},
};

struct Abroad {
    QStringView city;
    QStringView country;
    QStringView phonePrefix;
    QStringView areaCode;
    QStringView legalForm;
    QStringView tld;
    int phoneDigits; // national number, area code included (as libphonenumber validates it)
};
const Abroad kAbroad[] = {
    {u"Berlin", u"DE", u"+49", u"30", u"GmbH", u"de", 10},
    {u"Praha", u"CZ", u"+420", u"2", u"s.r.o.", u"cz", 9},
    {u"Vilnius", u"LT", u"+370", u"52", u"UAB", u"lt", 8},
    {u"Bratislava", u"SK", u"+421", u"2", u"s.r.o.", u"sk", 9},
};

struct Industry {
    QStringView key;
    int weight;
    std::array<QStringView, 6> words; // what a firm of the trade calls itself; empty ends the list
};

template<typename T, std::size_t N>
const T &pickFilled(const std::array<T, N> &items, DemoRandom &random)
{
    std::size_t n = 0;
    while (n < N && items[n] != T{})
        ++n;
    return items[random.below(n)];
}
const Industry kIndustries[] = {
    {u"software", 14, {u"Software", u"Systemy IT", u"IT Solutions", u"Technologies", u"Data"}},
    {u"manufacturing", 14, {u"Metal", u"Meble", u"Opakowania", u"Maszyny", u"Tworzywa", u"Produkcja"}},
    {u"logistics", 10, {u"Logistyka", u"Transport", u"Spedycja", u"Cargo"}},
    {u"retail", 9, {u"Handel", u"Dystrybucja", u"Hurt", u"Trade"}},
    {u"ecommerce", 6, {u"E-commerce", u"Shop", u"Online", u"Store"}},
    {u"finance", 7, {u"Finanse", u"Leasing", u"Doradztwo Finansowe", u"Capital"}},
    {u"healthcare", 6, {u"Medical", u"Diagnostyka", u"Centrum Medyczne", u"Pharma"}},
    {u"construction", 8, {u"Budownictwo", u"Inwestycje", u"Instalacje", u"Bud"}},
    {u"energy", 5, {u"Energia", u"Fotowoltaika", u"OZE", u"Power"}},
    {u"education", 4, {u"Szkolenia", u"Edukacja", u"Akademia", u"Learning"}},
    {u"marketing", 5, {u"Marketing", u"Media", u"Studio", u"Reklama"}},
    {u"telecom", 3, {u"Telekom", u"Net", u"Światłowody"}},
    {u"automotive", 4, {u"Motoryzacja", u"Auto Części", u"Automotive"}},
    {u"food", 4, {u"Food", u"Żywność", u"Piekarnie", u"Mleczarnia"}},
    {u"professional_services", 6, {u"Consulting", u"Doradztwo", u"Usługi", u"Partners"}},
    {u"real_estate", 3, {u"Nieruchomości", u"Development", u"Property"}},
};

const QStringView kRoots[] = {
    u"Tech", u"Info", u"Data", u"Euro", u"Pol", u"Agro", u"Bud", u"Trans", u"Med", u"Eko", u"Energo", u"Inter",
    u"Metal", u"Elektro", u"Logi", u"Prod", u"Net", u"Soft", u"Term", u"Hydro", u"Stal", u"Drew", u"Plast",
    u"Chem", u"Farm", u"Auto", u"Opti", u"Vita", u"Nova", u"Proxi", u"Omni", u"Geo", u"Termo", u"Baltic",
    u"Silesia", u"Vistula", u"Carpat", u"Mazo", u"Orion", u"Delta", u"Astra", u"Kadr", u"Fin", u"Sun",
};
const QStringView kSuffixes[] = {
    u"pol", u"max", u"tech", u"bud", u"med", u"sys", u"trans", u"com", u"net", u"mex", u"soft", u"ex", u"land",
    u"lab", u"gaz", u"plast", u"serwis", u"met", u"tel", u"logic", u"pak", u"mar", u"vis", u"dom", u"rol",
};

struct Phrase {
    QStringView noun;
    int gender; // 0 masculine, 1 feminine, 2 neuter, 3 plural
};
const Phrase kNouns[] = {
    {u"Energia", 1}, {u"Grupa", 1}, {u"Fabryka", 1}, {u"Hurtownia", 1}, {u"Agencja", 1}, {u"Spółdzielnia", 1},
    {u"System", 0}, {u"Serwis", 0}, {u"Dom Handlowy", 0}, {u"Instytut", 0}, {u"Transport", 0}, {u"Handel", 0},
    {u"Centrum", 2}, {u"Biuro", 2}, {u"Laboratorium", 2}, {u"Studio", 2},
    {u"Systemy", 3}, {u"Technologie", 3}, {u"Okna", 3}, {u"Usługi", 3}, {u"Rozwiązania", 3}, {u"Zakłady", 3},
};
struct Adjective {
    QStringView forms[4];
};
const Adjective kAdjectives[] = {
    {{u"Polski", u"Polska", u"Polskie", u"Polskie"}},
    {{u"Nowy", u"Nowa", u"Nowe", u"Nowe"}},
    {{u"Zielony", u"Zielona", u"Zielone", u"Zielone"}},
    {{u"Mazowiecki", u"Mazowiecka", u"Mazowieckie", u"Mazowieckie"}},
    {{u"Bałtycki", u"Bałtycka", u"Bałtyckie", u"Bałtyckie"}},
    {{u"Śląski", u"Śląska", u"Śląskie", u"Śląskie"}},
    {{u"Wielkopolski", u"Wielkopolska", u"Wielkopolskie", u"Wielkopolskie"}},
    {{u"Pomorski", u"Pomorska", u"Pomorskie", u"Pomorskie"}},
    {{u"Małopolski", u"Małopolska", u"Małopolskie", u"Małopolskie"}},
    {{u"Nowoczesny", u"Nowoczesna", u"Nowoczesne", u"Nowoczesne"}},
    {{u"Cyfrowy", u"Cyfrowa", u"Cyfrowe", u"Cyfrowe"}},
    {{u"Inteligentny", u"Inteligentna", u"Inteligentne", u"Inteligentne"}},
    {{u"Europejski", u"Europejska", u"Europejskie", u"Europejskie"}},
    {{u"Centralny", u"Centralna", u"Centralne", u"Centralne"}},
    {{u"Północny", u"Północna", u"Północne", u"Północne"}},
    {{u"Południowy", u"Południowa", u"Południowe", u"Południowe"}},
    {{u"Rodzinny", u"Rodzinna", u"Rodzinne", u"Rodzinne"}},
    {{u"Solidny", u"Solidna", u"Solidne", u"Solidne"}},
};

QString brand(DemoRandom &random)
{
    QString name = random.pick(kRoots).toString() + random.pick(kSuffixes).toString();
    return name.left(1) + name.mid(1).toLower();
}

// The name without its legal form, and how big firms of that name tend to be.
QString baseName(DemoRandom &random, const Industry &industry)
{
    const auto trade = [&] { return pickFilled(industry.words, random).toString(); };
    switch (random.weighted({30, 22, 16, 12, 8, 6, 6})) {
    case 0: return brand(random);
    case 1: return brand(random) + u' ' + trade();
    case 2: return DemoPeople::surname(random) + u' ' + trade();
    case 3: {
        const Phrase &p = random.pick(kNouns);
        return random.pick(kAdjectives).forms[p.gender].toString() + u' ' + p.noun.toString();
    }
    case 4: return DemoPeople::surname(random) + u" i "_s + DemoPeople::surname(random);
    case 5: return brand(random) + u" Polska"_s;
    default: return u"Grupa "_s + brand(random);
    }
}

qint64 employeeCount(DemoRandom &random)
{
    // Many micro and small firms, few large ones; within a band, skewed to its low end.
    static constexpr std::pair<qint64, qint64> bands[] = {{1, 9}, {10, 49}, {50, 249}, {250, 999}, {1000, 4999}, {5000, 20000}};
    const auto &[low, high] = bands[random.weighted({28, 34, 24, 10, 3, 1})];
    const double u = random.unit();
    return low + static_cast<qint64>(static_cast<double>(high - low + 1) * u * u);
}

QString legalForm(DemoRandom &random, qint64 employees)
{
    static const QStringList forms{u"Sp. z o.o."_s, u"S.A."_s, u"sp.j."_s, u"sp.k."_s, u"Sp. z o.o. sp.k."_s};
    if (employees < 10)
        return forms[random.weighted({55, 0, 30, 15, 0})];
    if (employees < 250)
        return forms[random.weighted({75, 5, 7, 8, 5})];
    return forms[random.weighted({55, 45, 0, 0, 0})];
}

QString domainOf(const QString &base, DemoRandom &random, QStringView tld = {})
{
    QString slug;
    for (const QChar c : DemoTexts::asciiFold(base).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.startsWith(u"grupa-"_s) && random.percent(50))
        slug = slug.mid(6);
    slug = slug.left(40);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = u"firma"_s;
    if (!tld.isEmpty())
        return slug + u'.' + tld.toString();
    static const QStringList tlds{u"pl"_s, u"com.pl"_s, u"com"_s, u"eu"_s};
    return slug + u'.' + tlds[random.weighted({75, 10, 10, 5})];
}

} // namespace

const QStringList &DemoCompanies::industries()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const Industry &i : kIndustries)
            list.append(i.key.toString());
        return list;
    }();
    return keys;
}

QString DemoCompanies::nip(const QString &officePrefix, DemoRandom &random)
{
    for (;;) {
        const QString nine = officePrefix + u"%1"_s.arg(random.below(1000000), 6, 10, QChar(u'0'));
        const int check = Nip::checkDigit(nine);
        if (check >= 0)
            return nine + QChar(u'0' + check);
    }
}

DemoCompany DemoCompanies::make(DemoRandom &random)
{
    DemoCompany c;
    static const auto industryWeights = [] {
        std::array<int, std::size(kIndustries)> w{};
        for (std::size_t i = 0; i < w.size(); ++i)
            w[i] = kIndustries[i].weight;
        return w;
    }();
    const Industry &industry = kIndustries[random.weighted(industryWeights)];
    c.industry = industry.key.toString();
    c.employees = employeeCount(random);
    if (random.percent(2)) {
        const Abroad &a = random.pick(kAbroad);
        const QString base = brand(random);
        c.name = base + u' ' + a.legalForm.toString();
        c.domain = domainOf(base, random, a.tld);
        c.city = a.city.toString();
        c.country = a.country.toString();
        c.phonePrefix = a.phonePrefix.toString();
        c.areaCode = a.areaCode.toString();
        c.phoneDigits = a.phoneDigits;
    } else {
        static const auto cityWeights = [] {
            std::array<int, std::size(kCities)> w{};
            for (std::size_t i = 0; i < w.size(); ++i)
                w[i] = kCities[i].weight;
            return w;
        }();
        const City &city = kCities[random.weighted(cityWeights)];
        const QString base = baseName(random, industry);
        c.name = base + u' ' + legalForm(random, c.employees);
        c.domain = domainOf(base, random);
        c.city = city.name.toString();
        c.country = u"PL"_s;
        c.phonePrefix = u"+48"_s;
        c.areaCode = city.areaCode.toString();
        const int office = pickFilled(city.taxOffices, random);
        c.nip = nip(QString::number(office), random);
    }
    c.website = u"https://www."_s + c.domain;
    return c;
}

} // namespace lejek
