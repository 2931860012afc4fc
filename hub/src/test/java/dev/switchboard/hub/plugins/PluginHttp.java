package dev.switchboard.hub.plugins;

import java.util.List;
import java.util.Map;

import dev.switchboard.hub.TestHome;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The plugin API as a test calls it, with the admin key. */
final class PluginHttp {

    private final TestRestTemplate http;

    PluginHttp(TestRestTemplate http) {
        this.http = http;
        if (http.getRestTemplate().getInterceptors().isEmpty()) {
            http.getRestTemplate().getInterceptors().add((request, body, execution) -> {
                request.getHeaders().add("X-Api-Key", TestHome.ADMIN_KEY);
                return execution.execute(request, body);
            });
        }
    }

    List<Map<String, Object>> list() {
        return http.exchange("/api/plugins", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    /** The first listed plugin with this id (for a clash: the loaded one sorts by archive name). */
    Map<String, Object> plugin(String id) {
        return list().stream().filter(p -> id.equals(p.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("plugin " + id + " is not listed: " + list()));
    }

    Map<String, Object> pluginByArchive(String archive) {
        return list().stream().filter(p -> archive.equals(p.get("archive"))).findFirst()
                .orElseThrow(() -> new AssertionError("archive " + archive + " is not listed: " + list()));
    }

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> post(String path) {
        return http.postForEntity(path, null, Map.class);
    }

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> postJson(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json, headers), Map.class);
    }

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> upload(byte[] archive, String fileName, String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        return http.postForEntity("/api/plugins?filename=" + fileName, new HttpEntity<>(archive, headers), Map.class);
    }

    ResponseEntity<String> delete(String id) {
        return http.exchange("/api/plugins/" + id, HttpMethod.DELETE, null, String.class);
    }

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> get(String path) {
        return http.getForEntity(path, Map.class);
    }

    List<Map<String, Object>> routes() {
        return http.exchange("/api/routes", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    Map<String, Object> route(String id) {
        return routes().stream().filter(r -> id.equals(r.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("route " + id + " is not listed: " + routes()));
    }
}
