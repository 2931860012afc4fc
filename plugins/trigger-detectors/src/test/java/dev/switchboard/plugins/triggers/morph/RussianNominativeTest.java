package dev.switchboard.plugins.triggers.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianNominativeTest {

    private static String nominative(String name) {
        return RussianNominative.of(name, Dictionaries.shared().morphology("ru"));
    }

    @Test
    void anAdjectiveAndItsNounInAnObliqueCaseTakeTheNominative() {
        assertThat(nominative("Синей птице")).isEqualTo("Синяя птица");
        assertThat(nominative("Горячего хлеба")).isEqualTo("Горячий хлеб");
        assertThat(nominative("Весеннему саду")).isEqualTo("Весенний сад");
        assertThat(nominative("Тихим озером")).isEqualTo("Тихое озеро");
    }

    @Test
    void aGenitiveAfterTheHeadStaysAsWritten() {
        assertThat(nominative("Столярной мастерской Ильина")).isEqualTo("Столярная мастерская Ильина");
        assertThat(nominative("Мастерской Кузнецова")).isEqualTo("Мастерская Кузнецова");
        assertThat(nominative("Гончарную мастерскую Орлова")).isEqualTo("Гончарная мастерская Орлова");
        assertThat(nominative("Мастерская Кузнецова")).isEqualTo("Мастерская Кузнецова");
    }

    @Test
    void nominativesPluralsAndOtherNamesStayAsWritten() {
        assertThat(nominative("Синяя птица")).isEqualTo("Синяя птица");
        assertThat(nominative("Белых лугов")).isEqualTo("Белых лугов");
        assertThat(nominative("Дом книги")).isEqualTo("Дом книги");
        assertThat(nominative("Газпрома")).isEqualTo("Газпрома");
        assertThat(RussianNominative.of("Синей птице", Dictionaries.shared().morphology("pl"))).isEqualTo("Синей птице");
    }

    @Test
    void regularEndingsByGender() {
        assertThat(RussianNominative.nominative("уральский", "Fem")).isEqualTo("уральская");
        assertThat(RussianNominative.nominative("синий", "Neut")).isEqualTo("синее");
        assertThat(RussianNominative.nominative("хороший", "Neut")).isEqualTo("хорошее");
        assertThat(RussianNominative.nominative("большой", "Fem")).isEqualTo("большая");
    }
}
