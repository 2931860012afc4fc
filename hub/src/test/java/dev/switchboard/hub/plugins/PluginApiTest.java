package dev.switchboard.hub.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.switchboard.hub.TestHome;
import dev.switchboard.testplugins.hello.HelloDetector;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/** {@code /api/plugins} while the hub runs: upload, refusals that leave nothing behind, stop, start, reload, delete. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PluginApiTest {

    private static final String ZIP = "application/zip";
    private static Path home;

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private ProducerTemplate producer;

    private PluginHttp http;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        home = TestHome.register(registry);
    }

    @BeforeEach
    void client() {
        http = new PluginHttp(rest);
    }

    @Test
    @SuppressWarnings("unchecked")
    void detectAnswersWithTheStartedDetectorsAndRefusesBadDocuments() {
        http.upload(TestPluginArchive.plugin("detecting").extension(HelloDetector.class).bytes(), "detecting.zip", ZIP);
        try {
            ResponseEntity<Map> found = http.postJson("/api/triggers/detect",
                    "{\"id\": \"n1\", \"text\": \"Acme is hiring.\", \"lang\": \"en\"}");
            assertThat(found.getStatusCode().value()).isEqualTo(200);
            assertThat(found.getBody()).containsEntry("id", "n1").containsEntry("language", "en");
            assertThat((java.util.List<Map<String, Object>>) found.getBody().get("triggers")).singleElement()
                    .satisfies(t -> assertThat(t).containsEntry("type", "hiring").containsEntry("confidence", 0.9).containsEntry("evidence", "hiring")
                    .containsKey("company"));

            ResponseEntity<Map> numbered = http.postJson("/api/triggers/detect", "{\"id\": 7, \"text\": \"<p>hiring</p>\"}");
            assertThat(numbered.getBody()).as("the id is answered as given").containsEntry("id", 7);

            assertThat(http.postJson("/api/triggers/detect", "{\"text\": ").getStatusCode().value()).isEqualTo(400);
            assertThat(http.postJson("/api/triggers/detect", "{\"text\": \"x\", \"colour\": 1}").getBody().toString())
                    .contains("colour");
            ResponseEntity<Map> binary = http.postJson("/api/triggers/detect", "{\"text\": \"a\\u0000b\"}");
            assertThat(binary.getStatusCode().value()).isEqualTo(422);
            assertThat(binary.getBody().toString()).contains("text").contains("binary");
            assertThat(http.postJson("/api/triggers/detect", "{\"text\": \"\"}").getStatusCode().value()).isEqualTo(422);
            assertThat(http.postJson("/api/triggers/detect", "").getStatusCode().value()).isEqualTo(400);
        } finally {
            http.delete("detecting");
        }
    }

    @Test
    void uploadInstallsAndStartsThenStopStartReloadAndDeleteWork() {
        ResponseEntity<Map> created = http.upload(TestPluginArchive.plugin("uploaded").extension(HelloDetector.class)
                .bytes(), "uploaded.zip", ZIP);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("id", "uploaded").containsEntry("state", "STARTED")
                .containsEntry("archive", "uploaded.zip");
        assertThat(home.resolve("plugins/uploaded.zip")).exists();

        assertThat(http.post("/api/plugins/uploaded/stop").getBody()).containsEntry("state", "STOPPED");
        assertThat(http.plugin("uploaded")).containsEntry("state", "STOPPED");
        assertThat(http.post("/api/plugins/uploaded/start").getBody()).containsEntry("state", "STARTED");
        assertThat(http.post("/api/plugins/uploaded/reload").getBody()).containsEntry("state", "STARTED");

        assertThat(http.delete("uploaded").getStatusCode().value()).isEqualTo(204);
        assertThat(home.resolve("plugins/uploaded.zip")).doesNotExist();
        assertThat(http.list()).noneMatch(p -> "uploaded".equals(p.get("id")));
        assertThat(http.post("/api/plugins/uploaded/start").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void multipartUploadOfAJarPluginLargerThanTheUsualBodyLimitIsAccepted() {
        byte[] filler = new byte[1_500_000];
        new Random(7).nextBytes(filler);
        byte[] archive = TestPluginArchive.plugin("big").extension(HelloDetector.class)
                .entry("classes/filler.bin", filler).bytes();
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(archive) {
            @Override
            public String getFilename() {
                return "big.zip";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<Map> created = rest.postForEntity("/api/plugins", new HttpEntity<>(form, headers), Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("id", "big").containsEntry("state", "STARTED");
    }

    @Test
    void corruptUploadIsRefusedAndLeavesNothingBehind() {
        ResponseEntity<Map> answer = http.upload("garbage".getBytes(StandardCharsets.UTF_8), "corrupt.zip", ZIP);
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat((String) answer.getBody().get("error")).contains("cannot read corrupt.zip");
        assertNothingLeftOf("corrupt");
    }

    @Test
    void zipWithoutAPluginDescriptorIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a plugin".getBytes(StandardCharsets.UTF_8));
        }
        ResponseEntity<Map> answer = http.upload(bytes.toByteArray(), "readme.zip", ZIP);
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat((String) answer.getBody().get("error")).contains("no valid plugin descriptor");
        assertNothingLeftOf("readme");
    }

    @Test
    void uploadNeedingANewerSdkIsRefusedNamingBothVersions() {
        ResponseEntity<Map> answer = http.upload(TestPluginArchive.plugin("newer").requires("2.1.0")
                .extension(HelloDetector.class).bytes(), "newer.zip", ZIP);
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat((String) answer.getBody().get("error")).contains("2.1.0").contains("1.0.0");
        assertNothingLeftOf("newer");
    }

    @Test
    void uploadWithAnInstalledIdIsRefusedAndTheRunningPluginIsUndisturbed() {
        byte[] archive = TestPluginArchive.plugin("twin").extension(HelloDetector.class).bytes();
        assertThat(http.upload(archive, "twin.zip", ZIP).getStatusCode().value()).isEqualTo(201);
        ResponseEntity<Map> answer = http.upload(archive, "twin-copy.zip", ZIP);
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat((String) answer.getBody().get("error")).contains("already provided by twin.zip");
        assertThat(home.resolve("plugins/twin-copy.zip")).doesNotExist();
        assertThat(http.plugin("twin")).containsEntry("state", "STARTED").containsEntry("archive", "twin.zip");
    }

    @Test
    void uploadWithAnotherContentTypeIsRefused() {
        ResponseEntity<Map> answer = http.upload("{}".getBytes(StandardCharsets.UTF_8), "x.zip", "application/json");
        assertThat(answer.getStatusCode().value()).isEqualTo(415);
    }

    @Test
    void routeFileThatFailedForWantOfAComponentLoadsOnceThePluginIsUploaded() throws IOException {
        Files.writeString(home.resolve("routes/late-greet.camel.yaml"), """
                - route:
                    id: late-greet
                    from:
                      uri: direct:late-greet
                      steps:
                        - to: greet:you
                """);
        await().atMost(Duration.ofSeconds(10)).until(() -> http.routes().stream()
                .anyMatch(r -> "late-greet".equals(r.get("id")) && "failed".equals(r.get("status"))
                        && r.get("lastError").toString().contains("greet")));

        byte[] archive = TestPluginArchive.greet("latergreet").bytes();
        assertThat(http.upload(archive, "latergreet.zip", ZIP).getStatusCode().value()).isEqualTo(201);
        assertThat(http.route("late-greet")).containsEntry("status", "Started");
        assertThat(producer.requestBody("direct:late-greet", "Eve", String.class)).isEqualTo("Hello, Eve");
    }

    private static void assertNothingLeftOf(String name) {
        assertThat(home.resolve("plugins/" + name + ".zip")).doesNotExist();
        Path uploads = home.resolve("data/plugin-uploads");
        if (Files.isDirectory(uploads)) {
            try (Stream<Path> left = Files.list(uploads)) {
                assertThat(left).isEmpty();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
