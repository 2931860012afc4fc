package dev.switchboard.bench;

import java.util.List;

/** Sentences the detect scenario builds its texts from: triggers, hard negatives and filler, per language. */
final class SamplePools {

    private SamplePools() {
    }

    static final List<String> EN = List.of(
            "Acme Robotics raised $12 million in a Series A round led by Sequoia Capital.",
            "The Prague-based startup will use the money to hire 40 engineers and open an office in Berlin.",
            "Globex appointed Jane Smith as its new chief executive officer.",
            "Umbrella Corp launches a new app for farmers in Central Europe.",
            "Initech said it would lay off 200 workers and freeze hiring until next year.",
            "Unemployment fell to 3.1% in February, according to the statistical office.",
            "Shares of the company rose 4% in early trading on Tuesday.",
            "The firm was founded in 1998 by two engineers from Brno.",
            "Analysts expect revenue to grow by about ten percent this year.",
            "The weather in Prague was mild and the conference drew about 500 visitors.",
            "Hooli denied reports that it plans to build a plant in Poland.",
            "The football club signed a new striker for a record fee.");
    static final List<String> CS = List.of(
            "Společnost Kofola přijme 150 nových zaměstnanců do závodu v Krnově.",
            "Rohlik.cz expanduje do Německa a otevírá nový sklad v Mnichově.",
            "Startup Productboard získal investici 72 milionů dolarů v kole série C.",
            "Novým generálním ředitelem Komerční banky se stal Jan Juchelka.",
            "Alza.cz uvádí na trh novou aplikaci pro nákupy.",
            "Firma ABC s.r.o. propustí 200 lidí a zmrazí nábor.",
            "Míra nezaměstnanosti v Česku klesla na 3,5 procenta.",
            "Tržby firmy loni vzrostly o osm procent na dvě miliardy korun.",
            "Konference se konala v Brně a zúčastnilo se jí přes tisíc lidí.",
            "Kofola popírá, že by plánovala otevřít nový závod v Polsku.");
    static final List<String> PL = List.of(
            "Spółka Polskie Kruszywa zatrudni 50 operatorów w nowym zakładzie.",
            "Comarch otwiera nowe biuro w Berlinie.",
            "Nowym prezesem PKO BP został Paweł Gruza.",
            "InPost wprowadza na rynek nowy paczkomat.",
            "Firma Booksy pozyskała 15 mln dolarów w rundzie finansowania.",
            "Bezrobocie w Polsce spadło do 5 procent.",
            "Żabka zwolni 300 osób i wstrzymuje rekrutację.",
            "Przychody spółki wzrosły w trzecim kwartale o 12 procent.",
            "Konferencja odbyła się w Krakowie w czwartek.");
    static final List<String> RU = List.of(
            "«Яндекс» открывает новый офис в Казани.",
            "Компания «Северсталь» объявила о наборе 200 инженеров на новый завод в Череповце.",
            "ООО «Ромашка» привлекло 100 млн рублей инвестиций.",
            "Новым генеральным директором «Аэрофлота» назначен Сергей Александровский.",
            "Сбер запускает новое приложение для бизнеса.",
            "Уровень безработицы в России снизился до 3%.",
            "«Магнит» опровергла слухи о выходе на рынок Казахстана.",
            "Выручка компании за год выросла на 15 процентов.",
            "Конференция прошла в Москве и собрала тысячу участников.");
    static final List<String> DE = List.of(
            "Die Siemens AG eröffnet ein neues Werk in Ungarn.",
            "Das Berliner Start-up Acme sammelt in einer Finanzierungsrunde 20 Millionen Euro ein.",
            "Bosch stellt 500 neue Mitarbeiter ein.",
            "Neuer CEO bei der Commerzbank: Bettina Orlopp übernimmt den Vorsitz.",
            "SAP bringt eine neue KI-Plattform auf den Markt.",
            "Volkswagen plant den Abbau von 5000 Stellen.",
            "Die Arbeitslosigkeit sank im März auf 5,9 Prozent.",
            "Der Umsatz stieg im Vorjahr um sieben Prozent.",
            "Die Messe in Hannover zog mehr Besucher an als im Vorjahr.");
}
