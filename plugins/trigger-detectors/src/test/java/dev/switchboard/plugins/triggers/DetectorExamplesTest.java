package dev.switchboard.plugins.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.switchboard.sdk.text.CompanyNames;
import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code examples/<language>.txt} (see {@code examples/README.md}): positives of each type with
 * the company they name, and hard negatives of every class (layoffs, job seekers, investment advice,
 * market statistics, denials, cancellations, historical mentions, sports, negation) in each language;
 * {@code examples/rules.txt} has one or more examples for each cue paradigm and company rule.
 */
class DetectorExamplesTest {

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : List.of("en", "cs", "pl", "ru", "de", "mix", "rules")) {
            for (String line : lines("/examples/" + file + ".txt")) {
                String[] parts = line.split("\\s*\\|\\s*", 3);
                String name = file + ": " + parts[2].substring(0, Math.min(70, parts[2].length()));
                String text = parts[2].replace("\\n", "\n"); // "\n" in an example is a line break (a job ad's title line)
                tests.add(DynamicTest.dynamicTest(name, () -> check(parts[0], parts[1], text)));
            }
        }
        return tests.stream();
    }

    private static void check(String language, String expected, String text) {
        Document document = Detectors.document(text, language.equals("?") ? null : language);
        List<Detection> found = Detectors.detectAll(document);
        List<String> wanted = expected.equals("-") ? List.of() : List.of(expected.split("\\s*;\\s*"));
        assertThat(found).as("detections in: %s", text).hasSize(wanted.size());
        for (String item : wanted) {
            TriggerType type = TriggerType.ofCode(item.substring(0, item.indexOf('=')));
            String company = item.substring(item.indexOf('=') + 1);
            assertThat(found).as("%s in: %s", item, text).anySatisfy(detection -> {
                assertThat(detection.type()).isEqualTo(type);
                if (company.equals("?")) {
                    assertThat(detection.company()).isNull();
                } else {
                    assertThat(CompanyNames.sameCompany(detection.company(), company))
                            .as("company %s is %s", detection.company(), company).isTrue();
                }
            });
        }
        for (Detection detection : found) {
            assertThat(detection.evidenceStart()).isGreaterThanOrEqualTo(0);
            assertThat(detection.evidenceEnd()).isLessThanOrEqualTo(text.length()).isGreaterThan(detection.evidenceStart());
            assertThat(detection.confidence()).isBetween(0.5, 1.0);
            assertThat(detection.language()).isIn("en", "cs", "pl", "ru", "de");
            if (detection.company() != null && !"ru".equals(detection.language())) {
                assertThat(text).contains(detection.company());
            } else if (detection.company() != null) {
                // a Russian adjective and its noun are reported in the nominative: each word's stem is in the text
                for (String word : detection.company().split(" ")) {
                    assertThat(text).contains(word.substring(0, Math.min(word.length(), Math.max(2, word.length() - 2))));
                }
            }
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = DetectorExamplesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
