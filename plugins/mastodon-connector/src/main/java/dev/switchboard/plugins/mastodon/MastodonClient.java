package dev.switchboard.plugins.mastodon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;

/**
 * Calls one instance's REST API: {@code GET} with {@code Accept: application/json}, the configured
 * {@code User-Agent} and, when an access token is configured, {@code Authorization: Bearer ...}.
 * Redirects are not followed, so the token never goes to another host. Every answer passes through
 * the instance's {@link RateLimitGate}. A 2xx answer must be JSON; anything else is a
 * {@link MastodonReadException} naming the instance, the request and the problem. The access token
 * never appears in a message: it is not part of any URL, and any echo of it is masked.
 */
final class MastodonClient {

    /** Largest answer read, so that a misbehaving server cannot fill the heap (a page of 40 statuses is ~100 KB). */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MastodonInstance instance;
    private final HttpClient http;
    private final Duration timeout;
    private final String userAgent;
    private final String accessToken;
    private final RateLimitGate gate;
    private final Clock clock;
    private final Logger log;

    /** A 2xx answer: its headers and its JSON. */
    record Answer(HttpHeaders headers, JsonNode json) {
    }

    MastodonClient(MastodonInstance instance, Duration timeout, String userAgent, String accessToken,
                   RateLimitGate gate, Clock clock, Logger log) {
        this.instance = instance;
        this.timeout = timeout;
        this.userAgent = userAgent;
        this.accessToken = accessToken == null || accessToken.isBlank() ? null : accessToken.strip();
        this.gate = gate;
        this.clock = clock;
        this.log = log;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    boolean hasAccessToken() {
        return accessToken != null;
    }

    /**
     * @return the answer, or empty when the instance answered 429 (the gate is now closed until its reset)
     * @throws MastodonReadException when the instance cannot be reached, times out, answers another
     *                               non-2xx status, or answers something that is not JSON
     */
    Optional<Answer> get(URI uri) throws MastodonReadException, InterruptedException {
        String request = describe(uri);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/json").header("User-Agent", userAgent);
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        log.debug("mastodon instance {}: {}{}", instance, request, accessToken == null ? "" : " (with access token)");
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = readAtMost(in);
            }
        } catch (TooLarge e) {
            throw failure(request, "answered more than " + MAX_BODY_BYTES + " bytes; refused", e);
        } catch (HttpTimeoutException e) {
            throw failure(request, "did not answer within " + timeout.toMillis() + " ms (timeout)", e);
        } catch (IOException e) {
            throw failure(request, "cannot be reached: " + e, e);
        }
        int status = response.statusCode();
        gate.observe(status, response.headers(), clock.instant());
        if (status == 429) {
            return Optional.empty();
        }
        if (status < 200 || status > 299) {
            throw failure(request, "answered HTTP " + status + hint(status, response.headers()) + bodyStart(body), null);
        }
        return Optional.of(new Answer(response.headers(), parse(request, response.headers(), body)));
    }

    private JsonNode parse(String request, HttpHeaders headers, byte[] body) throws MastodonReadException {
        String contentType = headers.firstValue("Content-Type").orElse("");
        String text = new String(body, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("<") || contentType.toLowerCase(Locale.ROOT).contains("html")) {
            throw failure(request, "answered HTML, not JSON (an error page or a proxy in front of the API?; "
                    + "Content-Type " + (contentType.isEmpty() ? "none" : contentType) + ")" + bodyStart(body), null);
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw failure(request, "answered an empty body, not JSON", null);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw failure(request, "answered malformed JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")" + bodyStart(body), e);
        } catch (IOException e) {
            throw failure(request, "answered a body that cannot be read as JSON: " + e.getMessage(), e);
        }
    }

    private String hint(int status, HttpHeaders headers) {
        if (status == 401 || status == 403 || status == 422) {
            return accessToken == null
                    ? " (the instance wants an access token for this: set access-token-env in "
                    + "config/plugins/mastodon-connector.yaml to the name of an environment variable holding one)"
                    : " (the access token was refused: revoked, or without the read scope)";
        }
        if (status >= 300 && status < 400) {
            return headers.firstValue("Location").map(l -> " (moved to " + l + ": correct the instance URL)").orElse("");
        }
        return "";
    }

    /** {@code GET /api/v1/timelines/tag/crm?limit=40}: a request as error messages name it. */
    static String describe(URI uri) {
        return "GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A failure naming the instance and the request; the token, should the server echo it, is masked. */
    MastodonReadException failure(String request, String problem, Throwable cause) {
        String message = mask("mastodon instance " + instance + ", " + request + ": " + problem);
        return cause == null ? new MastodonReadException(message) : new MastodonReadException(message, cause);
    }

    private String mask(String text) {
        return accessToken == null ? text : text.replace(accessToken, "***");
    }

    /** The answer is larger than {@link #MAX_BODY_BYTES}. */
    private static final class TooLarge extends IOException {
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_BODY_BYTES) {
                throw new TooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** {@code ; body starts '...'}: the first 200 characters, white space collapsed, control characters shown as '?'. */
    private static String bodyStart(byte[] body) {
        if (body.length == 0) {
            return "; the body is empty";
        }
        String text = new String(body, 0, Math.min(body.length, 800), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").strip().replaceAll("\\p{Cntrl}", "?");
        return "; body starts '" + (text.length() > 200 ? text.substring(0, 200) + "...'" : text + "'");
    }
}
