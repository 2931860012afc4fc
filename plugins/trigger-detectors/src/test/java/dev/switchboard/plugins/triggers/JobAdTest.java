package dev.switchboard.plugins.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerType;

/**
 * A job ad recognized by its form (round 17, {@code engine.JobAd}): ads laid out on lines, as job boards print them,
 * with no hiring verb, and documents with one part only or the form of an ad written by a job seeker.
 */
class JobAdTest {

    private static List<Detection> hiring(String text, String language) {
        return Detectors.detectAll(Detectors.document(text, language)).stream()
                .filter(detection -> detection.type() == TriggerType.HIRING).toList();
    }

    @Test
    void headingAndTermsMakeAnAdOfItsHeaderCompany() {
        String ad = """
                Kierowca C+E – transport krajowy
                Żwirtrans, baza w Piotrkowie Trybunalskim
                Co oferujemy:
                • umowę o pracę i 11 000 zł netto,
                • zjazdy na każdy weekend.
                Zadzwoń do Pani Ewy albo wpadnij do nas na ul. Polną 3.""";
        assertThat(hiring(ad, "pl")).singleElement()
                .satisfies(detection -> assertThat(detection.company()).isEqualTo("Żwirtrans"));
    }

    @Test
    void anAdIsHiringWhenItsEmployerIsNotNamedInWords() {
        String ad = """
                Magazynier / magazynierka – Zgierz k. Łodzi
                Praca zmianowa w centrum dystrybucyjnym
                Oferujemy: umowę o pracę od pierwszego dnia, 6 200 zł brutto.
                Twoje zadania: kompletacja zamówień, obsługa skanera.""";
        assertThat(hiring(ad, "pl")).as("the form makes the ad; the town names no employer").singleElement()
                .satisfies(detection -> assertThat(detection.company()).isNull());
    }

    @Test
    void whatAnAdMakesAvailableFromADateIsNoProduct() {
        String ad = """
                Servicekraft (m/w/d) – Café Lindgrün, Leipzig
                Deine Aufgaben: Service, Kasse und Frühstücksbuffet
                Dein Profil: Freude am Umgang mit Gästen
                Ab März kannst du deine Schichten in unserer App selbst planen.""";
        List<Detection> found = Detectors.detectAll(Detectors.document(ad, "de"));
        assertThat(found).singleElement().satisfies(detection -> assertThat(detection.type()).isEqualTo(TriggerType.HIRING));
    }

    @Test
    void aGenderedTitleIsNoHeaderCompany() {
        String ad = """
                Erntehelfer/innen für die Kirschernte
                Obsthof Wendler, Jork
                Zeitraum: Juni bis Juli
                Wir bieten: Unterkunft auf dem Hof.
                Meldet euch telefonisch bei Familie Wendler.""";
        assertThat(hiring(ad, "de")).singleElement()
                .satisfies(detection -> assertThat(detection.company()).isEqualTo("Obsthof Wendler"));
    }

    @Test
    void twoHeadingsMakeAnAdInEachLanguage() {
        assertThat(hiring("Barista – Kavárna Mlýnek s.r.o.\nCo u nás budete dělat:\n• kávu\nCo nabízíme:\n• zázemí", "cs"))
                .hasSize(1);
        assertThat(hiring("Бариста — ООО «Кофемолка»\nЧем предстоит заниматься:\n• кофе\nМы предлагаем:\n• обучение", "ru"))
                .hasSize(1);
        assertThat(hiring("Barista – Röstwerk Kaffee GmbH\nDas erwartet dich:\n• Kaffee\nDas bringst du mit:\n• Freude", "de"))
                .hasSize(1);
        assertThat(hiring("Barista – Grindhouse Coffee Ltd\nWhat you'll do:\n• coffee\nWhat we offer:\n• training", "en"))
                .hasSize(1);
    }

    @Test
    void onePartOrAJobSeekerIsNoAd() {
        assertThat(hiring("Grindhouse Coffee Ltd\nNew seasonal menu\nBenefits:\n• oat milk at no extra cost", "en")).isEmpty();
        assertThat(hiring("Ищу работу бариста.\nТребования:\n• график 5/2\n• зарплата от 60 000 ₽", "ru")).isEmpty();
        assertThat(hiring("Minimální mzda na plný úvazek vzroste na 20 800 Kč hrubého.\nHPP se týká 4 milionů lidí.", "cs"))
                .isEmpty();
    }
}
