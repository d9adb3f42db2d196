// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPeople.h"

#include "DemoCompanies.h"
#include "DemoRandom.h"
#include "DemoTexts.h"

#include <QStringView>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringView kWomen[] = {
    u"Anna", u"Katarzyna", u"Małgorzata", u"Agnieszka", u"Barbara", u"Ewa", u"Magdalena", u"Joanna",
    u"Aleksandra", u"Monika", u"Justyna", u"Natalia", u"Karolina", u"Marta", u"Beata", u"Dorota", u"Paulina",
    u"Zofia", u"Julia", u"Weronika", u"Agata", u"Iwona", u"Sylwia", u"Patrycja", u"Izabela", u"Emilia",
};
const QStringView kMen[] = {
    u"Piotr", u"Krzysztof", u"Andrzej", u"Tomasz", u"Paweł", u"Michał", u"Marcin", u"Jakub", u"Adam",
    u"Łukasz", u"Mateusz", u"Marek", u"Grzegorz", u"Jan", u"Wojciech", u"Kamil", u"Maciej", u"Rafał",
    u"Dariusz", u"Robert", u"Bartosz", u"Szymon", u"Damian", u"Przemysław", u"Sebastian", u"Artur",
};
const QStringView kSurnames[] = {
    u"Nowak", u"Kowalski", u"Wiśniewski", u"Wójcik", u"Kowalczyk", u"Kamiński", u"Lewandowski", u"Zieliński",
    u"Szymański", u"Woźniak", u"Dąbrowski", u"Kozłowski", u"Jankowski", u"Mazur", u"Wojciechowski",
    u"Kwiatkowski", u"Krawczyk", u"Kaczmarek", u"Piotrowski", u"Grabowski", u"Zając", u"Pawłowski",
    u"Michalski", u"Król", u"Wieczorek", u"Jabłoński", u"Wróbel", u"Nowakowski", u"Majewski", u"Olszewski",
    u"Stępień", u"Malinowski", u"Jaworski", u"Adamczyk", u"Dudek", u"Nowicki", u"Pawlak", u"Górski",
    u"Witkowski", u"Walczak", u"Sikora", u"Baran", u"Rutkowski", u"Michalak", u"Szewczyk", u"Ostrowski",
    u"Tomaszewski", u"Pietrzak", u"Zalewski", u"Wróblewski", u"Marciniak", u"Jasiński", u"Zawadzki",
    u"Sadowski", u"Bąk", u"Chmielewski", u"Włodarczyk", u"Borkowski", u"Czarnecki", u"Sawicki",
    u"Sokołowski", u"Urbański", u"Kubiak", u"Maciejewski", u"Szczepański", u"Kucharski", u"Wilk",
    u"Kalinowski", u"Lis", u"Mazurek", u"Wysocki", u"Adamski", u"Kaźmierczak", u"Wasilewski", u"Sobczak",
    u"Czerwiński", u"Andrzejewski", u"Cieślak", u"Głowacki", u"Zakrzewski", u"Kołodziej", u"Sikorski",
    u"Krajewski", u"Gajewski", u"Szulc", u"Szymczak", u"Baranowski", u"Laskowski", u"Brzeziński",
    u"Makowski", u"Ziółkowski", u"Przybylski", u"Domański", u"Nowacki", u"Borowski", u"Błaszczyk",
};

struct Title {
    QStringView male;
    QStringView female;
    int weightSmall; // firms below 50 people
    int weightLarge; // firms of 50 and more
};
const Title kTitles[] = {
    {u"Właściciel", u"Właścicielka", 30, 0},
    {u"Prezes Zarządu", u"Prezes Zarządu", 12, 4},
    {u"CEO", u"CEO", 10, 5},
    {u"Członek Zarządu", u"Członkini Zarządu", 4, 5},
    {u"CFO", u"CFO", 2, 6},
    {u"Dyrektor finansowy", u"Dyrektor finansowa", 2, 6},
    {u"COO", u"COO", 1, 4},
    {u"Dyrektor operacyjny", u"Dyrektor operacyjna", 3, 8},
    {u"CTO", u"CTO", 3, 4},
    {u"IT Manager", u"IT Manager", 4, 8},
    {u"Kierownik IT", u"Kierowniczka IT", 2, 5},
    {u"Dyrektor sprzedaży", u"Dyrektor sprzedaży", 4, 8},
    {u"Kierownik sprzedaży", u"Kierowniczka sprzedaży", 6, 9},
    {u"Head of Sales", u"Head of Sales", 2, 5},
    {u"Marketing Manager", u"Marketing Manager", 4, 6},
    {u"Dyrektor marketingu", u"Dyrektor marketingu", 1, 4},
    {u"Kierownik zakupów", u"Kierowniczka zakupów", 2, 5},
    {u"Specjalista ds. zakupów", u"Specjalistka ds. zakupów", 2, 5},
    {u"Office Manager", u"Office Manager", 5, 3},
    {u"Kierownik logistyki", u"Kierowniczka logistyki", 1, 3},
    {u"Dyrektor HR", u"Dyrektor HR", 1, 3},
    {u"Kierownik projektu", u"Kierowniczka projektu", 2, 4},
    {u"Analityk biznesowy", u"Analityczka biznesowa", 1, 3},
};

const QStringView kMobilePrefixes[] = {
    u"500", u"501", u"502", u"504", u"505", u"509", u"510", u"512", u"515", u"516", u"530", u"531", u"533",
    u"535", u"600", u"601", u"602", u"604", u"605", u"606", u"608", u"660", u"661", u"663", u"665", u"668",
    u"690", u"691", u"693", u"695", u"696", u"698", u"720", u"724", u"728", u"730", u"731", u"733", u"780",
    u"782", u"783", u"790", u"791", u"793", u"795", u"797", u"880", u"882", u"884", u"886", u"888",
};

QString digits(DemoRandom &random, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s.append(QChar(u'0' + static_cast<int>(random.below(10))));
    return s;
}

} // namespace

QString DemoPeople::surname(DemoRandom &random)
{
    return random.pick(kSurnames).toString();
}

QString DemoPeople::feminine(const QString &surname)
{
    // Adjectival surnames agree with the person: -ski, -cki, -dzki give -ska, -cka, -dzka.
    if (surname.endsWith(u"ki"_s))
        return surname.chopped(1) + u'a';
    return surname;
}

DemoPerson DemoPeople::make(DemoRandom &random, const DemoCompany &company)
{
    DemoPerson p;
    p.female = random.percent(45);
    p.firstName = (p.female ? random.pick(kWomen) : random.pick(kMen)).toString();
    const QString family = surname(random);
    p.lastName = p.female ? feminine(family) : family;

    const bool small = company.employees < 50;
    static const auto weights = [] {
        std::array<std::array<int, std::size(kTitles)>, 2> w{};
        for (std::size_t i = 0; i < std::size(kTitles); ++i) {
            w[0][i] = kTitles[i].weightSmall;
            w[1][i] = kTitles[i].weightLarge;
        }
        return w;
    }();
    const Title &title = kTitles[random.weighted(weights[small ? 0 : 1])];
    p.jobTitle = (p.female ? title.female : title.male).toString();

    const QString first = DemoTexts::asciiFold(p.firstName).toLower();
    const QString last = DemoTexts::asciiFold(p.lastName).toLower();
    QString local;
    switch (random.weighted({60, 20, 10, 10})) {
    case 0: local = first + u'.' + last; break;
    case 1: local = first.left(1) + u'.' + last; break;
    case 2: local = first; break;
    default: local = first + last; break;
    }
    p.email = local + u'@' + company.domain;

    if (company.phonePrefix != u"+48"_s)
        // Subscriber numbers abroad start with 2 to 9 (Vilnius: 5 2xx xxxx), as
        // libphonenumber validates them.
        p.phone = company.phonePrefix + company.areaCode + QString::number(random.between(2, 9))
                  + digits(random, company.phoneDigits - static_cast<int>(company.areaCode.size()) - 1);
    else if (random.percent(70) || company.areaCode.isEmpty())
        p.phone = u"+48"_s + random.pick(kMobilePrefixes).toString() + digits(random, 6);
    else
        p.phone = u"+48"_s + company.areaCode + digits(random, 7);
    return p;
}

} // namespace lejek
