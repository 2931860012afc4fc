package dev.switchboard.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.camel.util.FileUtil;
import dev.switchboard.hub.TestHome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


/**
 * The hub loads and watches route files: at start, new, changed, broken and deleted files, served
 * over HTTP through platform-http on the Spring Boot server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteFilesTest {

    /** Live within 5 s of the change, the promise (the scan interval stays at its 1 s default). */
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(5);

    private static final Path HOME = createHome();

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private RouteFiles routeFiles;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        // the home's derived paths are computed before dynamic properties exist: set each one
        registry.add("switchboard.home", HOME::toString);
        registry.add("switchboard.routes-dir", () -> HOME.resolve("routes").toString());
        registry.add("switchboard.data-dir", () -> HOME.resolve("data").toString());
        registry.add("switchboard.config-dir", () -> HOME.resolve("config").toString());
        registry.add("switchboard.plugins-dir", () -> HOME.resolve("plugins").toString());
        registry.add("SWITCHBOARD_ADMIN_KEY", () -> TestHome.ADMIN_KEY);
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:routes-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    /** Every request carries the admin key: route endpoints and the API need it. */
    @BeforeEach
    void sendTheAdminKey() {
        if (http.getRestTemplate().getInterceptors().isEmpty()) {
            http.getRestTemplate().getInterceptors().add((request, body, execution) -> {
                request.getHeaders().add("X-Api-Key", TestHome.ADMIN_KEY);
                return execution.execute(request, body);
            });
        }
    }

    @AfterAll
    static void deleteHome() {
        FileUtil.removeDir(HOME.toFile());
    }

    @Test
    void fileInTheRoutesDirectoryAtStartIsLoaded() {
        assertThat(get("/at-start").getBody()).isEqualTo("at-start");
        assertThat(route("at-start")).satisfies(route -> {
            assertThat(route.file()).isEqualTo("at-start.camel.yaml");
            assertThat(route.status()).isEqualTo("Started");
            assertThat(route.lastError()).isNull();
        });
    }

    @Test
    void brokenFileAtStartIsReportedWithLineAndTheHubStillStarts() {
        RouteInfo broken = route("broken-at-start");
        assertThat(broken.status()).isEqualTo(RouteInfo.FAILED);
        assertThat(broken.file()).isEqualTo("broken-at-start.camel.yaml");
        assertThat(broken.lastError().file()).isEqualTo("broken-at-start.camel.yaml");
        assertThat(broken.lastError().line()).isEqualTo(5);

        ResponseEntity<Map> health = http.getForEntity("/actuator/health/routes", Map.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "DEGRADED");
        assertThat((Map<String, Object>) health.getBody().get("details"))
                .extracting(details -> details.get("failedFiles"))
                .asList().contains("broken-at-start.camel.yaml");
    }

    @Test
    void newFileGoesLiveAndServesHttp() {
        assertThat(get("/new-file").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        write("new-file", route("new-file", "/new-file", "hello"));
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(get("/new-file").getBody()).isEqualTo("hello"));
        assertThat(route("new-file").status()).isEqualTo("Started");
    }

    @Test
    void changedFileReplacesItsRoutes() {
        write("changed", route("changed", "/changed", "first"));
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(get("/changed").getBody()).isEqualTo("first"));
        write("changed", route("changed", "/changed-moved", "second"));
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(get("/changed-moved").getBody()).isEqualTo("second"));
        assertThat(get("/changed").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void brokenYamlKeepsTheLastGoodVersionServingAndReportsFileAndLine() {
        write("bad-yaml", route("bad-yaml", "/bad-yaml", "good"));
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(get("/bad-yaml").getBody()).isEqualTo("good"));
        write("bad-yaml", BAD_INDENT.formatted("bad-yaml", "/bad-yaml"));
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(route("bad-yaml").lastError()).isNotNull());
        RouteInfo route = route("bad-yaml");
        assertThat(route.status()).isEqualTo("Started");
        assertThat(route.lastError().file()).isEqualTo("bad-yaml.camel.yaml");
        assertThat(route.lastError().line()).isEqualTo(5);
        assertThat(get("/bad-yaml").getBody()).isEqualTo("good");
    }

    @Test
    void unknownComponentKeepsTheLastGoodVersionServingAndReportsTheLineOfTheUri() {
        write("bad-uri", route("bad-uri", "/bad-uri", "good"));
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(get("/bad-uri").getBody()).isEqualTo("good"));
        write("bad-uri", """
                - route:
                    id: bad-uri
                    routeConfigurationId: hub-error-handling
                    from:
                      uri: platform-http:/bad-uri
                      steps:
                        - to: nosuchcomponent:somewhere
                """);
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(route("bad-uri").lastError()).isNotNull());
        RouteInfo route = route("bad-uri");
        assertThat(route.status()).isEqualTo("Started");
        assertThat(route.lastError().line()).isEqualTo(7);
        assertThat(route.lastError().message()).contains("nosuchcomponent");
        assertThat(get("/bad-uri").getBody()).isEqualTo("good");
    }

    @Test
    void fixingABrokenFileClearsItsError() {
        write("fixed", BAD_INDENT.formatted("fixed", "/fixed"));
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(route("fixed").status()).isEqualTo(RouteInfo.FAILED));
        write("fixed", route("fixed", "/fixed", "fixed"));
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(get("/fixed").getBody()).isEqualTo("fixed"));
        assertThat(route("fixed").lastError()).isNull();
    }

    @Test
    void deletedFileHasItsRoutesRemoved() throws IOException {
        write("deleted", route("deleted", "/deleted", "here"));
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(get("/deleted").getBody()).isEqualTo("here"));
        Files.delete(routesDir().resolve("deleted.camel.yaml"));
        await().atMost(LIVE_WITHIN)
                .untilAsserted(() -> assertThat(get("/deleted").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(routes()).noneMatch(r -> r.id().equals("deleted"));
    }

    @Test
    void routeIdUsedByAnotherFileIsRejected() {
        write("dup-first", route("dup", "/dup-first", "first"));
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(get("/dup-first").getBody()).isEqualTo("first"));
        write("dup-second", route("dup", "/dup-second", "second"));
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(routes())
                .anyMatch(r -> r.file().equals("dup-second.camel.yaml")));
        RouteInfo second = routes().stream().filter(r -> r.file().equals("dup-second.camel.yaml")).findFirst()
                .orElseThrow();
        assertThat(second.status()).isEqualTo(RouteInfo.FAILED);
        assertThat(second.lastError().line()).isEqualTo(2);
        assertThat(second.lastError().message()).contains("duplicate route id 'dup'", "dup-first.camel.yaml");
        assertThat(get("/dup-first").getBody()).isEqualTo("first");
        assertThat(get("/dup-second").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void exchangesAreCountedPerRoute() {
        write("counted", """
                - route:
                    id: counted
                    routeConfigurationId: hub-error-handling
                    from:
                      uri: platform-http:/counted
                      steps:
                        - filter:
                            simple: "${header.fail} == 'yes'"
                            steps:
                              - throwException:
                                  exceptionType: java.lang.IllegalStateException
                                  message: asked to fail
                        - setBody:
                            constant: counted
                """);
        await().atMost(LIVE_WITHIN).untilAsserted(() -> assertThat(get("/counted").getBody()).isEqualTo("counted"));
        get("/counted");
        assertThat(get("/counted?fail=yes").getStatusCode().value()).as("dead-lettered").isEqualTo(202);
        await().atMost(LIVE_WITHIN).untilAsserted(() -> {
            RouteInfo counted = route("counted");
            assertThat(counted.exchangesTotal()).isEqualTo(3);
            assertThat(counted.exchangesFailed()).isEqualTo(1);
        });
    }

    @Test
    void javaApiMatchesTheHttpApi() {
        assertThat(routeFiles.routes()).extracting(RouteInfo::id).contains("at-start", "broken-at-start");
        assertThat(routeFiles.problems()).extracting(RouteProblem::file).contains("broken-at-start.camel.yaml");
    }

    // ---------------------------------------------------------------- helpers

    /** Indentation error on line 5: {@code steps} is indented less than {@code uri}. */
    private static final String BAD_INDENT = """
            - route:
                id: %s
                from:
                  uri: platform-http:%s
                 steps:
                  - setBody:
                      constant: never
            """;

    private static String route(String id, String path, String body) {
        return """
                - route:
                    id: %s
                    routeConfigurationId: hub-error-handling
                    from:
                      uri: platform-http:%s
                      steps:
                        - setBody:
                            constant: %s
                """.formatted(id, path, body);
    }

    private static Path createHome() {
        try {
            Path home = Files.createTempDirectory("switchboard-routes-test");
            Files.createDirectories(home.resolve("routes"));
            writeAtomically(home.resolve("routes"), "at-start", route("at-start", "/at-start", "at-start"));
            writeAtomically(home.resolve("routes"), "broken-at-start",
                    BAD_INDENT.formatted("broken-at-start", "/broken-at-start"));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path routesDir() {
        return HOME.resolve("routes");
    }

    private static void write(String name, String text) {
        try {
            writeAtomically(routesDir(), name, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes next to the target, then renames: the watcher never sees a half-written file. */
    private static void writeAtomically(Path dir, String name, String text) throws IOException {
        Path temp = Files.writeString(dir.resolve("." + name + ".tmp"), text);
        Files.move(temp, dir.resolve(name + RouteFileLint.SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private ResponseEntity<String> get(String path) {
        return http.getForEntity(path, String.class);
    }

    private List<RouteInfo> routes() {
        return Arrays.asList(http.getForObject("/api/routes", RouteInfo[].class));
    }

    private RouteInfo route(String id) {
        return routes().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no route '" + id + "' in " + routes()));
    }
}
