package dev.switchboard.plugins.triggers.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The four dictionaries load and their tags are read as the company rules need them. */
class MorphologyTest {

    private static final Dictionaries DICTIONARIES = Dictionaries.shared();

    private static boolean is(int flags, int flag) {
        return (flags & flag) != 0;
    }

    @Test
    void loadsPolishRussianGermanAndEnglishButNoCzech() {
        assertThat(DICTIONARIES.has("pl")).isTrue();
        assertThat(DICTIONARIES.has("ru")).isTrue();
        assertThat(DICTIONARIES.has("de")).isTrue();
        assertThat(DICTIONARIES.has("en")).isTrue();
        assertThat(DICTIONARIES.has("cs")).isFalse();
        assertThat(DICTIONARIES.morphology("cs")).isSameAs(Morphology.NONE);
        assertThat(DICTIONARIES.morphology(null)).isSameAs(Morphology.NONE);
        assertThat(Morphology.NONE.flags("Praha")).isZero();
        assertThat(Morphology.NONE.lemma("Praha")).isNull();
    }

    @Test
    void polishCommonWordsProperNamesAndLemmas() {
        Morphology pl = DICTIONARIES.morphology("pl");
        // a sentence-initial common word: known only in lower case
        assertThat(Morphology.common(pl.flags("Środki"))).isTrue();
        assertThat(is(pl.flags("Środki"), Morphology.NOUN)).isTrue();
        assertThat(is(pl.flags("Zarząd"), Morphology.NOUN)).isTrue();
        assertThat(is(pl.flags("Niemiecki"), Morphology.ADJECTIVE)).isTrue();
        assertThat(is(pl.flags("Dziś"), Morphology.OTHER)).isTrue();
        // a city in the genitive: a proper name whose lemma is the nominative
        assertThat(is(pl.flags("Rzeszowa"), Morphology.PROPER)).isTrue();
        assertThat(Morphology.common(pl.flags("Rzeszowa"))).isFalse();
        assertThat(pl.lemma("Rzeszowa")).isEqualTo("Rzeszów");
        assertThat(pl.lemma("Olsztyna")).isEqualTo("Olsztyn");
        // a masculine-personal proper noun is a person; a plural of people is a noun of people
        assertThat(is(pl.flags("Tomasza"), Morphology.PERSON)).isTrue();
        assertThat(is(pl.flags("Klienci"), Morphology.PERSON_NOUN)).isTrue();
        assertThat(is(pl.flags("Rynek"), Morphology.PERSON_NOUN)).isFalse();
        // a word that is both ("Krzemień": flint and a name) is not only common
        assertThat(Morphology.common(pl.flags("Krzemień"))).isFalse();
        // unknown: an invented name; not a word: digits, dots
        assertThat(pl.flags("Kwiatexol")).isZero();
        assertThat(pl.flags("Rohlik.cz")).isZero();
        assertThat(pl.flags("")).isZero();
    }

    @Test
    void russianTagsGivenNamesSurnamesAndCommonWords() {
        Morphology ru = DICTIONARIES.morphology("ru");
        assertThat(is(ru.flags("Турецкий"), Morphology.ADJECTIVE)).isTrue();
        assertThat(is(ru.flags("Плотный"), Morphology.ADJECTIVE)).isTrue();
        assertThat(is(ru.flags("Открылись"), Morphology.VERB)).isTrue();
        assertThat(is(ru.flags("Теперь"), Morphology.OTHER)).isTrue();
        assertThat(is(ru.flags("Синоптики"), Morphology.PERSON_NOUN)).isTrue();
        assertThat(is(ru.flags("Пётр"), Morphology.GIVEN_NAME)).isTrue();
        assertThat(is(ru.flags("Петров"), Morphology.SURNAME)).isTrue();
        // cities are plain inanimate nouns in this dictionary: a lemma to look up in the place list
        assertThat(ru.lemma("Казани")).isEqualTo("казань");
        assertThat(is(ru.flags("Москве"), Morphology.NOUN)).isTrue();
        assertThat(ru.flags("Чекбоксия")).isZero();
    }

    @Test
    void germanNounsProperNamesPlacesAndCompounds() {
        Morphology de = DICTIONARIES.morphology("de");
        assertThat(is(de.flags("Standort"), Morphology.NOUN)).isTrue();
        assertThat(Morphology.common(de.flags("Freitagabend"))).isTrue();
        assertThat(is(de.flags("Umso"), Morphology.OTHER)).isTrue();
        assertThat(is(de.flags("Neuer"), Morphology.ADJECTIVE)).isTrue();
        assertThat(is(de.flags("Kiel"), Morphology.PLACE)).isTrue();
        assertThat(is(de.flags("Halle"), Morphology.PLACE)).isTrue();
        assertThat(is(de.flags("Stefan"), Morphology.GIVEN_NAME)).isTrue();
        assertThat(is(de.flags("Becker"), Morphology.SURNAME)).isTrue();
        // not in the dictionary, but ending in a known noun: a compound (weak evidence only)
        assertThat(de.flags("Finanzvorstand")).isZero();
        assertThat(de.compound("Finanzvorstand")).isTrue();
        assertThat(de.compound("Mittelstand")).isTrue();
        assertThat(de.compound("Standort")).isFalse(); // known as it is
        assertThat(de.compound("Kiezquxr")).isFalse();
        assertThat(de.flags("Kiezquxr")).isZero();
        assertThat(DICTIONARIES.morphology("pl").compound("Mittelstand")).isFalse(); // German only
    }

    @Test
    void englishProperNamesAndCommonWords() {
        Morphology en = DICTIONARIES.morphology("en");
        assertThat(is(en.flags("Regular"), Morphology.ADJECTIVE)).isTrue();
        assertThat(en.flags("Send")).isEqualTo(Morphology.VERB);
        assertThat(is(en.flags("Still"), Morphology.OTHER)).isTrue();
        assertThat(is(en.flags("London"), Morphology.PROPER)).isTrue();
        assertThat(Morphology.common(en.flags("London"))).isFalse();
        assertThat(en.flags("Tessellatex")).isZero();
    }

    @Test
    void oneReaderPerThreadGivesTheSameAnswers() throws Exception {
        int expected = DICTIONARIES.morphology("pl").flags("Rzeszowa");
        Thread[] threads = new Thread[4];
        int[] seen = new int[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int slot = t;
            threads[t] = new Thread(() -> {
                Morphology own = DICTIONARIES.morphology("pl");
                for (int i = 0; i < 2_000; i++) {
                    seen[slot] |= own.flags(i % 2 == 0 ? "Rzeszowa" : "Środki") == 0 ? 1 << 30 : 0;
                }
                seen[slot] |= own.flags("Rzeszowa");
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (int flags : seen) {
            assertThat(flags).isEqualTo(expected);
        }
    }
}
