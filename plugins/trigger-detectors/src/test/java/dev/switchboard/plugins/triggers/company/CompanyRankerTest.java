package dev.switchboard.plugins.triggers.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import org.junit.jupiter.api.Test;

import dev.switchboard.sdk.detector.TriggerType;

/** The company ranker's weights file, its choice, and the facts it weighs. */
class CompanyRankerTest {

    /** The options of a cue at the end of the first sentence, by name. */
    private static Map<String, double[]> options(String language, String text) {
        CompanyExtractor extractor = Extractors.of(language, text);
        int end = extractor.sentenceEnd(0);
        CompanyExtractor.Pick rule = extractor.forCue(0, end, end);
        Map<String, double[]> byName = new java.util.LinkedHashMap<>();
        for (CompanyOptions.Option option : extractor.options(0, end, end, end, end, false, rule)) {
            byName.putIfAbsent(option.name(), option.features());
        }
        return byName;
    }

    private static double feature(double[] features, String name) {
        return features[CompanyOptions.FEATURES.indexOf(name)];
    }

    @Test
    void theShippedWeightsNameEveryFeatureForAllAndEachLanguageAndTriggerType() throws IOException {
        Set<String> keys = new HashSet<>();
        try (InputStream in = CompanyRanker.class.getClassLoader().getResourceAsStream(CompanyRanker.RESOURCE)) {
            assertThat(in).as(CompanyRanker.RESOURCE).isNotNull();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> keys.add(line.split("\\s+")[0]));
        }
        for (String feature : CompanyOptions.FEATURES) {
            assertThat(keys).contains(feature);
            for (String language : CompanyRanker.LANGUAGES) {
                assertThat(keys).contains(language + "." + feature);
            }
            for (String type : CompanyRanker.TYPES) {
                assertThat(keys).contains(type + "." + feature);
            }
        }
        assertThat(CompanyRanker.shared()).isNotNull();
    }

    @Test
    void aBadWeightsFileSaysWhichLineIsWrong() {
        assertThatThrownBy(() -> read("in_sentence 1\nsize_of_logo 2\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("test:2: unknown feature 'size_of_logo'");
        assertThatThrownBy(() -> read("fr.in_sentence 1\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("test:1: unknown language or trigger type 'fr'");
        assertThatThrownBy(() -> read("# weights\nin_sentence one\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("test:2: 'one' is no number");
        assertThatThrownBy(() -> read("in_sentence NaN\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("test:1: 'NaN' is no number");
        assertThatThrownBy(() -> read("pl.handle 1\nhandle 2\npl.handle 3\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("test:3: 'pl.handle' has a weight already");
        assertThatThrownBy(() -> read("in_sentence\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("test:1: expected 'feature weight'");
    }

    @Test
    void theBestScoringOptionIsChosenAndTheRulesChoiceOnATie() throws IOException {
        CompanyRanker ranker = read("legal_form 1\nhandle 0.2\npl.handle 1.3 # Polish handles count more\n"
                + "rule_choice 0.2\naway_from_rule -1.5\n");
        double[] rule = features("in_sentence", "rule_choice");
        double[] legalForm = features("in_sentence", "legal_form");
        double[] handle = features("in_sentence", "handle");
        List<CompanyOptions.Option> options = List.of(option("Rule", rule), option("Acme", legalForm),
                option("acme_pl", handle));
        assertThat(ranker.score(handle, "en", null)).isEqualTo(0.2);
        assertThat(ranker.score(handle, "pl", null)).isEqualTo(1.5);
        assertThat(ranker.choose(options, "en", null).name()).isEqualTo("Acme");
        assertThat(ranker.choose(options, "pl", null).name()).isEqualTo("acme_pl");
        // a tie keeps the rule's choice
        assertThat(ranker.choose(List.of(option("acme_pl", handle), option("Rule", rule)), "en", null).name())
                .isEqualTo("Rule");
        // an option of another sentence, when the rule chose a name of the cue's own, pays its fitted weight
        assertThat(ranker.choose(List.of(option("Rule", rule), option("Elsewhere", features("legal_form",
                "away_from_rule"))), "en", null).name()).isEqualTo("Rule");
        assertThat(ranker.choose(List.of(option("Rule", rule), option("Elsewhere", features("legal_form"))), "en",
                null).name()).isEqualTo("Elsewhere");
        // no option names the rule's choice (the rules found none good enough): the best there is
        assertThat(ranker.choose(List.of(option("Acme", legalForm), option("acme_pl", handle)), "en", null).name())
                .isEqualTo("Acme");
        assertThat(ranker.choose(List.of(), "en", null)).isNull();
    }

    @Test
    void aTriggerTypeAddsItsOwnWeights() throws IOException {
        // who gives the money is rarely the company a funding is about; the same words do not say so of a hiring
        CompanyRanker ranker = read("giver 0.5\nfunding.giver -2\nen.giver 0.25\n");
        double[] giver = features("in_sentence", "giver");
        assertThat(ranker.score(giver, "en", TriggerType.HIRING)).isEqualTo(0.75);
        assertThat(ranker.score(giver, "en", TriggerType.FUNDING)).isEqualTo(-1.25);
        assertThat(ranker.score(giver, "de", TriggerType.FUNDING)).isEqualTo(-1.5);
        assertThat(ranker.score(giver, "de", null)).isEqualTo(0.5);
        List<CompanyOptions.Option> options = List.of(option("Rule", features("in_sentence", "rule_choice")),
                option("Fund", giver));
        assertThat(ranker.choose(options, "en", TriggerType.HIRING).name()).isEqualTo("Fund");
        assertThat(ranker.choose(options, "en", TriggerType.FUNDING).name()).isEqualTo("Rule");
    }

    private static double[] features(String... names) {
        double[] features = new double[CompanyOptions.FEATURES.size()];
        for (String name : names) {
            features[CompanyOptions.FEATURES.indexOf(name)] = 1;
        }
        return features;
    }

    private static CompanyOptions.Option option(String name, double[] features) {
        return new CompanyOptions.Option(null, name, features);
    }

    @Test
    void theDictionarySaysWhichWordsAreCommonAndWhichAreInvented() {
        Map<String, double[]> options = options("de",
                "Personalmangel trifft auch die Lexiq GmbH, sagte Anna Brandt.");
        assertThat(feature(options.get("Personalmangel"), "known_common")).isEqualTo(1); // a compound of the dictionary
        assertThat(feature(options.get("Personalmangel"), "sentence_start")).isEqualTo(1);
        assertThat(feature(options.get("Lexiq"), "known_common")).isZero();
        assertThat(feature(options.get("Lexiq"), "unknown_word")).isEqualTo(1);
        assertThat(feature(options.get("Lexiq"), "legal_form")).isEqualTo(1);

        Map<String, double[]> english = options("en", "Glasgow's Quillfeather has closed a seed round.");
        assertThat(feature(english.get("Quillfeather"), "unknown_word")).isEqualTo(1);
    }

    @Test
    void anAddressOrHashtagThatRepeatsTheNameIsAnEcho() {
        Map<String, double[]> options = options("pl",
                "Jeśli znacie kogoś, kto pasowałby do Koderny, dajcie znać. CV na praca@koderna.pl #kariera");
        assertThat(feature(options.get("Koderny"), "echo")).isEqualTo(1);
        // only the registered label of an address counts: a careers sub-domain is no echo of a word of the text
        Map<String, double[]> czech = options("cs",
                "Brigády v třídicím centru\nRychlobalík | listopad–prosinec\nRegistrace na brigady.rychlobalik.cz");
        assertThat(feature(czech.get("Rychlobalík"), "echo")).isEqualTo(1);
        assertThat(feature(czech.get("Brigády"), "echo")).isZero();
    }

    @Test
    void theWebNameOfAnAddressIsItsRegisteredLabel() {
        assertThat(webNames("brigady.rychlobalik.cz")).containsExactly("rychlobalik");
        assertThat(webNames("jobs@alpen-glanz.at")).containsExactly("alpenglanz");
        assertThat(webNames("swiftway.com.au/careers")).containsExactly("swiftway");
        assertThat(webNames("#TeamKitely and @kapsel")).containsExactly("teamkitely", "kapsel");
        assertThat(webNames("Kitely")).isEmpty();
    }

    private static List<String> webNames(String text) {
        return TextAnalysis.of(text, "en", 1_000).tokens().stream().map(WebNames::webName)
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void aWholeFieldOfAHeaderLineUnderTheTitleIsAHeaderField() {
        Map<String, double[]> ad = options("en", "Registered Nurse (Days) – Willow Court, Cheltenham\n"
                + "Ashgrove Care | £21.50 per hour | 36 hours a week\n"
                + "Willow Court is a 64-bed nursing home. Apply now.");
        assertThat(feature(ad.get("Ashgrove Care"), "header_field")).isEqualTo(1);
        assertThat(feature(ad.get("Willow Court"), "header_field")).isZero(); // in the title and in prose
        // the title line, and an apposition set off by commas in a line that is a sentence
        Map<String, double[]> prose = options("en", "Ashgrove Care is hiring.\nThe care group, Willow Court, said so.");
        assertThat(feature(prose.get("Ashgrove Care"), "header_field")).isZero();
        assertThat(feature(prose.get("Willow Court"), "header_field")).isZero();
        Map<String, double[]> fields = options("en", "Ashgrove Care is hiring.\nThe care group | Willow Court");
        assertThat(feature(fields.get("Willow Court"), "header_field")).isEqualTo(1);
    }

    @Test
    void withoutARuleChoiceTheRankerStillNamesTheBestThereIs() {
        CompanyExtractor extractor = Extractors.of("en", "Acme Robotics raised $5M.");
        assertThat(extractor.ranked(TriggerType.FUNDING, 0, 2, 3, 3, 3, false, null, s -> false).name()).isEqualTo("Acme Robotics");
        CompanyExtractor nothing = Extractors.of("en", "raised $5M.");
        assertThat(nothing.ranked(TriggerType.FUNDING, 0, 0, 1, 1, 1, false, null, s -> false)).isNull();
    }

    private static CompanyRanker read(String text) throws IOException {
        return CompanyRanker.read(new BufferedReader(new StringReader(text)), "test");
    }
}
