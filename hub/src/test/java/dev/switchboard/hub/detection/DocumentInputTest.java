package dev.switchboard.hub.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.detection.DocumentInput.Rules;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.sdk.model.Document;
import org.junit.jupiter.api.Test;

/** The one reader of posted documents, under its three rule sets. */
class DocumentInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Rules INGEST = Rules.ingest(1000);

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static BadInputException refused(String body, Rules rules) {
        try {
            DocumentInput.read(json(body), rules);
        } catch (BadInputException e) {
            return e;
        }
        throw new AssertionError("taken: " + body);
    }

    @Test
    void aGoodDocument() {
        Document d = DocumentInput.read(json("{'id': ' n-1 ', 'text': 'Acme hires.', 'lang': 'cs-CZ', 'source': 'crm-news',"
                + " 'url': 'https://acme.example/n/1', 'publishedAt': '2026-11-20', 'title': 'Acme <b>news</b>',"
                + " 'metadata': {'author': 'Jana', 'hashtags': ['hiring', 'acme', null], 'likes': 3, 'gone': null,"
                + " 'source': 'overridden'}}"), INGEST);

        assertThat(d.id()).isEqualTo("n-1");
        assertThat(d.text()).as("the headline goes first").isEqualTo("Acme news\n\nAcme hires.");
        assertThat(d.language()).isEqualTo("cs");
        assertThat(d.sourceKind()).as("without a kind, the source stands for it").isEqualTo("crm-news");
        assertThat(d.url()).isEqualTo("https://acme.example/n/1");
        assertThat(d.publishedAt()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(d.metadata()).containsEntry("source", "crm-news").containsEntry("title", "Acme news")
                .containsEntry("author", "Jana").containsEntry("hashtags", "hiring,acme").containsEntry("likes", "3")
                .doesNotContainKey("gone");
    }

    @Test
    void aKindIsKeptAndAnInstantWithOffsetIsRead() {
        Document d = DocumentInput.read(json("{'id': 'x', 'text': 'hi', 'source': 'feed', 'kind': 'press-release',"
                + " 'publishedAt': '2026-11-22T10:30:00+01:00'}"), INGEST);

        assertThat(d.sourceKind()).isEqualTo("press-release");
        assertThat(d.publishedAt()).isEqualTo(Instant.parse("2026-11-22T09:30:00Z"));
    }

    @Test
    void anUnknownFieldIsA400NamingItUnlessLenient() {
        BadInputException e = refused("{'id': 'x', 'text': 'hi', 'colour': 'red'}", INGEST);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).startsWith("colour: unknown field; known fields: id, kind, lang");

        assertThat(refused("{'text': 'hi', 'colour': 1}", Rules.detectApi()).status()).isEqualTo(400);
        assertThatThrownBy(() -> DocumentInput.requireKnownFields(json("{'id': 'x', 'labels': []}"), "[3]"))
                .hasMessageStartingWith("[3].labels: unknown field");
        assertThat(DocumentInput.read(json("{'text': 'hi', 'labels': ['hiring']}"), Rules.detectLines()).text())
                .isEqualTo("hi");
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        List<Problem> problems = new ArrayList<>();
        Document d = DocumentInput.check(json("{'id': 7, 'text': ['x'], 'lang': 'english!', 'url': 'ftp://x',"
                + " 'publishedAt': 'yesterday', 'kind': '" + "k".repeat(81) + "', 'metadata': {'a': {'b': 1}}}"),
                "[2]", INGEST, problems);

        assertThat(d).isNull();
        assertThat(problems).extracting(Problem::field).containsExactly("[2].id", "[2].text", "[2].lang", "[2].kind",
                "[2].url", "[2].publishedAt", "[2].metadata.a");
        assertThat(problems.get(0).message()).isEqualTo("must be a text, not number");
        assertThat(problems.get(1).message()).isEqualTo("must be a text, not array");
    }

    @Test
    void idAndTextAreRequiredWhereDocumentsAreStored() {
        List<Problem> problems = new ArrayList<>();
        DocumentInput.check(json("{'lang': 'en'}"), "", INGEST, problems);
        DocumentInput.check(json("[1]"), "[1]", INGEST, problems);

        assertThat(problems).extracting(p -> p.field() + ": " + p.message()).containsExactly(
                "id: required: the source's id for this document", "text: required: a non-empty text",
                "[1]: must be a JSON object");
        assertThat(refused("{'id': '" + "i".repeat(301) + "', 'text': 'hi'}", INGEST).getMessage())
                .isEqualTo("id: longer than 300 characters");
    }

    @Test
    void whereDocumentsAreTriedTheIdIsOptionalAndMayBeANumber() {
        assertThat(DocumentInput.read(json("{'text': 'hi'}"), Rules.detectApi()).id()).isNull();
        assertThat(DocumentInput.read(json("{'id': 7, 'text': 'hi'}"), Rules.detectApi()).id()).isEqualTo("7");
        assertThat(refused("{'id': true, 'text': 'hi'}", Rules.detectApi()).getMessage())
                .isEqualTo("id: must be a text, not boolean");
        assertThat(DocumentInput.read(json("{'id': true, 'text': 'hi', 'lang': 'en'}"), Rules.detectLines()).id())
                .isEqualTo("true");
    }

    @Test
    void textIsCheckedLengthFirstThenAsText() {
        assertThat(refused("{'id': 'x', 'text': '" + "x".repeat(1001) + "'}", INGEST).getMessage())
                .isEqualTo("text: longer than 1000 characters (1001)");
        assertThat(DocumentInput.read(json("{'text': '" + "x".repeat(5000) + "'}"), Rules.detectLines()).text())
                .hasSize(5000);
        assertThat(refused("{'id': 'x', 'text': '  '}", INGEST).getMessage()).isEqualTo("text: required: a non-empty text");
        assertThat(refused("{'id': 'x', 'text': 'ab\\u0000cd'}", INGEST).getMessage())
                .startsWith("text: binary data, not text");
        assertThat(refused("{'id': 'x', 'text': '<div></div>'}", INGEST).status()).isEqualTo(422);
        assertThat(DocumentInput.read(json("{'id': 'x', 'text': '<p>Acme &amp; Co</p>'}"), INGEST).text())
                .isEqualTo("Acme & Co");
    }

    @Test
    void urlsMustBeWebUrlsWithAHost() {
        assertThat(refused("{'id': 'x', 'text': 'hi', 'url': 'https:///nohost'}", INGEST).getMessage())
                .contains("url: 'https:///nohost' is not an http or https URL");
        assertThat(refused("{'id': 'x', 'text': 'hi', 'url': 'https://a.example/" + "p".repeat(2000) + "'}", INGEST)
                .getMessage()).isEqualTo("url: longer than 2000 characters");
    }
}
