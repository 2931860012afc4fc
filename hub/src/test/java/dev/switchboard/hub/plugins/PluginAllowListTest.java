package dev.switchboard.hub.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import dev.switchboard.hub.TestHome;
import dev.switchboard.testplugins.hello.HelloDetector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code switchboard.plugins.allow} set, only listed plugins (with the listed checksum) load or are accepted. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PluginAllowListTest {

    @Autowired
    private TestRestTemplate rest;

    private PluginHttp http;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Path home = TestHome.register(registry);
        Path plugins = home.resolve("plugins");
        TestPluginArchive.plugin("listed").extension(HelloDetector.class).writeTo(plugins, "listed.zip");
        TestPluginArchive.plugin("unlisted").extension(HelloDetector.class).writeTo(plugins, "unlisted.zip");
        TestPluginArchive.plugin("pinned").extension(HelloDetector.class).writeTo(plugins, "pinned.zip");
        registry.add("switchboard.plugins.allow[0].id", () -> "listed");
        registry.add("switchboard.plugins.allow[1].id", () -> "pinned");
        registry.add("switchboard.plugins.allow[1].sha256", () -> "0".repeat(64));
    }

    @BeforeEach
    void client() {
        http = new PluginHttp(rest);
    }

    @Test
    void listedPluginLoadsUnlistedIsRefused() {
        assertThat(http.plugin("listed")).containsEntry("state", "STARTED");
        Map<String, Object> unlisted = http.plugin("unlisted");
        assertThat(unlisted).containsEntry("state", "REFUSED");
        assertThat((String) unlisted.get("lastError")).contains("not on the allow-list");
    }

    @Test
    void pluginWithAnotherChecksumThanListedIsRefused() {
        Map<String, Object> pinned = http.plugin("pinned");
        assertThat(pinned).containsEntry("state", "REFUSED");
        assertThat((String) pinned.get("lastError")).contains("checksum").contains((String) pinned.get("sha256"));
    }

    @Test
    void uploadOfAnUnlistedPluginIsRefused() {
        ResponseEntity<Map> answer = http.upload(TestPluginArchive.plugin("stranger").extension(HelloDetector.class)
                .bytes(), "stranger.zip", "application/zip");
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat((String) answer.getBody().get("error")).contains("not on the allow-list");
    }
}
