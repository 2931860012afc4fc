package dev.switchboard.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route file in the repository's top-level {@code routes/} folder follows the hub's
 * conventions (one dynamic test per file), and the lint itself rejects what it should.
 */
class RouteFilesLintTest {

    private static final Path SAMPLES = Path.of("src/test/resources/routes-lint");

    private static CamelContext camelContext;
    private static RouteFileLint lint;

    @BeforeAll
    static void createLint() {
        camelContext = new DefaultCamelContext();
        lint = new RouteFileLint(camelContext);
    }

    @AfterAll
    static void closeContext() throws Exception {
        camelContext.close();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteFileInTheRepositoryFollowsTheConventions() throws IOException {
        String repoRoot = System.getProperty("switchboard.test.repo-root");
        assertThat(repoRoot).as("system property switchboard.test.repo-root (set by hub/pom.xml)").isNotNull();
        Path routes = Path.of(repoRoot).resolve("routes");
        if (!Files.isDirectory(routes)) {
            return Stream.empty();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(routes)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> assertThat(lint.check(file)).isEmpty()));
    }

    @Test
    void aFileThatFollowsTheConventionsHasNoProblems() {
        assertThat(lint.check(SAMPLES.resolve("good-route.camel.yaml"))).isEmpty();
    }

    @Test
    void routeIdMustEqualTheFileName() {
        assertThat(lint.check(SAMPLES.resolve("wrong-id.camel.yaml"))).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("wrong-id.camel.yaml");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("'some-other-id'", "'wrong-id'");
        });
    }

    @Test
    void routeMustUseTheSharedErrorHandling() {
        assertThat(lint.check(SAMPLES.resolve("missing-config.camel.yaml"))).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("routeConfigurationId: hub-error-handling");
        });
    }

    @Test
    void aFileHoldsExactlyOneRoute() {
        List<RouteProblem> problems = lint.check(SAMPLES.resolve("two-routes.camel.yaml"));
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(8);
            assertThat(problem.message()).contains("exactly one route; found 2");
        });
        assertThat(problems).anySatisfy(problem -> assertThat(problem.message()).contains("'two-routes-helper'"));
    }

    @Test
    void aFileThatDoesNotParseIsReportedWithItsLine() {
        assertThat(lint.check(SAMPLES.resolve("broken.camel.yaml"))).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("broken.camel.yaml");
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.message()).contains("setBodyy");
        });
    }
}
