// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTexts.h"

#include "DemoRandom.h"

#include <QHash>
#include <QStringList>

#include <span>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringView kPains[] = {
    u"Ręczne przygotowywanie ofert zajmuje handlowcom kilka godzin dziennie",
    u"Brak jednego widoku lejka – dane w Excelu i skrzynkach mailowych",
    u"Leady z formularzy giną, nikt nie odpowiada w ciągu doby",
    u"Brak wiarygodnej prognozy sprzedaży dla zarządu",
    u"Długi cykl sprzedaży i brak kontroli nad etapami",
    u"Niska konwersja z MQL do SQL",
    u"Handlowcy nie raportują aktywności",
    u"Leady przekazywane z marketingu do sprzedaży bez kontekstu",
    u"Rosnący koszt pozyskania klienta",
    u"Brak integracji z systemem ERP",
    u"Zbyt wiele narzędzi, zdublowane dane klientów",
    u"Długi onboarding nowych handlowców",
    u"Brak priorytetów – wszyscy dzwonią do wszystkich",
    u"Spóźnione follow-upy po targach i webinarach",
    u"Odejścia klientów po pierwszym roku umowy",
    u"Brak wglądu w przyczyny przegranych szans",
};
const QStringView kGoals[] = {
    u"Skrócić czas odpowiedzi na lead do 15 minut",
    u"Zwiększyć konwersję z MQL do SQL o 20%",
    u"Cotygodniowa prognoza sprzedaży bez Excela",
    u"Jeden proces sprzedaży dla wszystkich oddziałów",
    u"Wdrożenie w ciągu kwartału",
    u"Automatyczne przypomnienia o follow-upach",
    u"Pełna historia kontaktu przy przekazaniu klienta",
    u"O połowę mniej utraconych leadów",
    u"Raporty dla zarządu bez ręcznej pracy",
    u"Lepsza współpraca marketingu i sprzedaży",
    u"Krótszy cykl sprzedaży o 30 dni",
    u"Przejrzysty podział leadów między handlowców",
};
const QStringView kWebinars[] = {
    u"Automatyzacja sprzedaży", u"Lejek B2B od podstaw", u"Prognozowanie sprzedaży", u"SLA w obsłudze leadów",
    u"Scoring leadów w praktyce",
};
const QStringView kEvents[] = {
    u"Targi ITM Poznań", u"Infoshare Gdańsk", u"Kongres Sprzedaży Warszawa", u"Impact Kraków",
    u"Forum Ekonomiczne Karpacz", u"Targi Logistyczne Łódź",
};

QString pickSome(std::span<const QStringView> list, int count, DemoRandom &random)
{
    QStringList chosen;
    while (chosen.size() < count) {
        const QString item = list[random.below(list.size())].toString();
        if (!chosen.contains(item))
            chosen.append(item);
    }
    return chosen.join(u"; "_s);
}

QString industryWord(const QString &industry)
{
    static const QHash<QString, QString> words{
        {u"software"_s, u"IT"_s},           {u"manufacturing"_s, u"produkcja"_s}, {u"logistics"_s, u"logistyka"_s},
        {u"retail"_s, u"handel"_s},         {u"ecommerce"_s, u"e-commerce"_s},   {u"finance"_s, u"finanse"_s},
        {u"healthcare"_s, u"medycyna"_s},   {u"construction"_s, u"budownictwo"_s}, {u"energy"_s, u"energetyka"_s},
        {u"education"_s, u"edukacja"_s},    {u"marketing"_s, u"agencje"_s},     {u"telecom"_s, u"telekomunikacja"_s},
        {u"automotive"_s, u"motoryzacja"_s}, {u"food"_s, u"spożywka"_s},        {u"professional_services"_s, u"usługi"_s},
        {u"real_estate"_s, u"nieruchomości"_s}};
    return words.value(industry, u"MŚP"_s);
}

} // namespace

QString DemoTexts::asciiFold(QStringView text)
{
    static constexpr QStringView from = u"ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
    static constexpr QStringView to = u"acelnoszzACELNOSZZ";
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const qsizetype i = from.indexOf(c);
        out.append(i >= 0 ? to[i] : c);
    }
    return out;
}

QString DemoTexts::pains(DemoRandom &random)
{
    return pickSome(kPains, random.percent(60) ? 2 : 3, random);
}

QString DemoTexts::goals(DemoRandom &random)
{
    return pickSome(kGoals, random.percent(70) ? 1 : 2, random);
}

QString DemoTexts::campaign(const QString &source, const QString &industry, QDate when, DemoRandom &random)
{
    const QString month = when.toString(u"yyyy-MM"_s);
    const QString quarter = u"Q%1 %2"_s.arg((when.month() - 1) / 3 + 1).arg(when.year());
    if (source == u"form"_s)
        return random.percent(50) ? u"Formularz: bezpłatna konsultacja"_s : u"Formularz kontaktowy – strona główna"_s;
    if (source == u"ads"_s)
        return random.percent(60) ? u"Google Ads – CRM dla B2B %1"_s.arg(month) : u"Meta Ads %1"_s.arg(quarter);
    if (source == u"seo"_s)
        return random.percent(40) ? u"Blog: lejek sprzedażowy"_s : QString();
    if (source == u"linkedin"_s)
        return random.percent(70) ? u"LinkedIn Ads %1"_s.arg(quarter) : u"LinkedIn: Social selling %1"_s.arg(month);
    if (source == u"email_campaign"_s)
        return random.percent(60) ? u"Newsletter %1"_s.arg(month) : u"Mailing: nowa wersja produktu %1"_s.arg(when.year());
    if (source == u"webinar"_s)
        return u"Webinar: %1 %2"_s.arg(random.pick(kWebinars).toString(), month);
    if (source == u"event"_s)
        return u"%1 %2"_s.arg(random.pick(kEvents).toString()).arg(when.year());
    if (source == u"outbound"_s)
        return u"Outbound: %1 %2"_s.arg(industryWord(industry), quarter);
    if (source == u"referral"_s)
        return random.percent(60) ? u"Polecenie klienta"_s : u"Program partnerski"_s;
    return {};
}

DemoTexts::Text DemoTexts::activity(const QString &kind, bool late, DemoRandom &random)
{
    auto one = [&random](std::initializer_list<Text> texts) { return texts.begin()[random.below(texts.size())]; };
    if (kind == u"call"_s)
        return late ? one({{u"Rozmowa telefoniczna"_s, u"Omówiliśmy potrzeby; klient prosi o ofertę."_s},
                           {u"Telefon w sprawie oferty"_s, u"Pytania o zakres wdrożenia i SLA."_s},
                           {u"Telefon do decydenta"_s, u"Zarząd czeka na porównanie z obecnym rozwiązaniem."_s}})
                    : one({{u"Rozmowa discovery"_s, u"30 min, potwierdzony budżet i decydent."_s},
                           {u"Telefon – brak odpowiedzi"_s, u"Nie odebrał, ponowić jutro."_s},
                           {u"Rozmowa kwalifikacyjna"_s, u"Zespół 5 handlowców, dziś Excel."_s}});
    if (kind == u"email_sent"_s)
        return late ? one({{u"Oferta handlowa"_s, u"W załączeniu oferta z wyceną wdrożenia."_s},
                           {u"Podsumowanie spotkania"_s, u"Dziękuję za rozmowę, poniżej ustalenia i kolejne kroki."_s},
                           {u"Przypomnienie o decyzji"_s, u"Czy mogę pomóc w podjęciu decyzji?"_s}})
                    : one({{u"Materiały po webinarze"_s, u"Przesyłam nagranie i prezentację."_s},
                           {u"Propozycja rozmowy"_s, u"Czy znajdzie Pan/Pani 20 minut w tym tygodniu?"_s},
                           {u"Case study dla Państwa branży"_s, u"Jak podobna firma skróciła cykl sprzedaży."_s}});
    if (kind == u"meeting"_s)
        return late ? one({{u"Prezentacja produktu"_s, u"Demo dla zespołu sprzedaży."_s},
                           {u"Spotkanie u klienta"_s, u"Warsztat z kierownikami sprzedaży."_s},
                           {u"Negocjacje warunków"_s, u"Zakres wdrożenia i terminy płatności."_s}})
                    : one({{u"Spotkanie discovery (Teams)"_s, u"Mapa procesu sprzedaży klienta."_s},
                           {u"Krótkie demo (Google Meet)"_s, u"Pokaz tablicy lejka i raportów."_s}});
    if (kind == u"email_received"_s)
        return one({{u"Re: Oferta handlowa"_s, u"Prosimy o rabat przy umowie na 24 miesiące."_s},
                    {u"Pytanie o cennik"_s, u"Ile kosztuje licencja dla 10 użytkowników?"_s},
                    {u"Prośba o przesunięcie terminu"_s, u"Wrócimy do tematu po zamknięciu kwartału."_s}});
    if (kind == u"note"_s)
        return {u"Notatka"_s, note(random)};
    if (kind == u"page_visit"_s)
        return one({{u"/funkcje"_s, {}}, {u"/blog/lejek-sprzedazowy-b2b"_s, {}}, {u"/case-study"_s, {}}, {u"/integracje"_s, {}}});
    if (kind == u"download"_s)
        return one({{u"E-book: Lejek sprzedażowy B2B"_s, {}},
                    {u"Case study: wdrożenie w firmie produkcyjnej"_s, {}},
                    {u"Raport: Sprzedaż B2B w Polsce"_s, {}}});
    if (kind == u"form_sent"_s)
        return one({{u"Formularz kontaktowy"_s, u"Proszę o kontakt w sprawie wdrożenia."_s}, {u"Zapytanie ofertowe"_s, {}}});
    if (kind == u"webinar"_s)
        return {u"Webinar: %1"_s.arg(random.pick(kWebinars).toString()), u"Uczestniczył do końca."_s};
    if (kind == u"demo_request"_s)
        return {u"Chcę demo"_s, u"Formularz „Umów prezentację”."_s};
    if (kind == u"pricing_visit"_s)
        return {u"/cennik"_s, {}};
    if (kind == u"email_click"_s)
        return {u"Newsletter – kliknięcie w link"_s, {}};
    return {kind, {}};
}

QString DemoTexts::openTaskTitle(DemoRandom &random)
{
    static const QStringList titles{u"Zadzwonić w sprawie oferty"_s, u"Wysłać ofertę do piątku"_s, u"Umówić demo"_s,
                                    u"Follow-up po webinarze"_s, u"Zapytać o decyzję budżetową"_s,
                                    u"Przygotować wycenę wdrożenia"_s, u"Eskalować do managera po 7 dniach bez odpowiedzi"_s};
    return random.pick(titles);
}

QString DemoTexts::doneTaskTitle(DemoRandom &random)
{
    static const QStringList titles{u"Pierwszy kontakt telefoniczny"_s, u"Wysłać materiały po spotkaniu"_s,
                                    u"Potwierdzić termin prezentacji"_s, u"Przesłać umowę do podpisu"_s};
    return random.pick(titles);
}

QString DemoTexts::lostComment(const QString &reason, DemoRandom &random)
{
    if (reason == u"other"_s)
        return random.percent(50) ? u"Projekt wstrzymany po zmianie zarządu"_s : u"Klient przejęty przez inną grupę kapitałową"_s;
    if (!random.percent(30))
        return {};
    if (reason == u"price"_s)
        return u"Budżet o 30% niższy niż nasza oferta"_s;
    if (reason == u"competition"_s)
        return random.percent(50) ? u"Wybrali konkurencyjne rozwiązanie z ERP"_s : u"Zostają przy obecnym dostawcy"_s;
    if (reason == u"timing"_s)
        return u"Wrócić w przyszłym roku budżetowym"_s;
    if (reason == u"no_fit"_s)
        return u"Za mały zespół sprzedaży"_s;
    if (reason == u"no_response"_s)
        return u"Brak odpowiedzi po 5 próbach kontaktu"_s;
    return {};
}

QString DemoTexts::nextStep(DemoRandom &random)
{
    static const QStringList steps{u"Telefon do decydenta"_s, u"Wysłać ofertę"_s, u"Demo dla zespołu"_s,
                                   u"Spotkanie z zarządem"_s, u"Czekamy na budżet"_s, u"Negocjacje umowy"_s};
    return random.pick(steps);
}

QString DemoTexts::note(DemoRandom &random)
{
    static const QStringList notes{u"Decyzja po zatwierdzeniu budżetu w kolejnym kwartale."_s,
                                   u"Porównują nas z konkurencją."_s, u"Decydent: zarząd, rekomenduje dyrektor sprzedaży."_s,
                                   u"Pilne: obecna umowa kończy się za 3 miesiące."_s,
                                   u"Chcą pilotażu dla jednego oddziału."_s};
    return random.pick(notes);
}

} // namespace lejek
