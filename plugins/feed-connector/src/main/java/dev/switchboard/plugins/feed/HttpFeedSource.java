package dev.switchboard.plugins.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

/**
 * Fetches a feed over HTTP(S) with {@link HttpClient}: redirects followed (except https to http),
 * gzip accepted, and a conditional GET ({@code If-None-Match}/{@code If-Modified-Since}) once a fetch
 * has been {@link #remember remembered}. Validators live in memory: after a restart the first poll
 * fetches the whole feed and the idempotent repository filters what was seen.
 */
final class HttpFeedSource implements FeedSource {

    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
            + "*/*;q=0.1";

    private final FeedLocation location;
    private final HttpClient client;
    private final Duration timeout;
    private final String userAgent;
    private final long maxBytes;
    private volatile String etag;
    private volatile String lastModified;

    HttpFeedSource(FeedLocation location, Duration timeout, String userAgent, long maxBytes) {
        this.location = location;
        this.timeout = timeout;
        this.userAgent = userAgent;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public Fetched fetch() throws FeedReadException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(location.url())
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip")
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status == 304) {
                    return Fetched.notModified();
                }
                if (status < 200 || status > 299) {
                    throw new FeedReadException("feed " + location.name() + " answered HTTP " + status
                            + (response.uri().equals(location.url()) ? "" : " (from " + response.uri() + ")"));
                }
                boolean gzip = response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
                byte[] bytes = BoundedRead.readAtMost(gzip ? new GZIPInputStream(body) : body, maxBytes, location.name());
                return new Fetched(bytes, response.headers().firstValue("Content-Type").orElse(null),
                        response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null));
            }
        } catch (HttpTimeoutException e) {
            throw new FeedReadException("feed " + location.name() + " did not answer within " + timeout.toMillis()
                    + " ms (timeout)", e);
        } catch (IOException e) {
            throw new FeedReadException("feed " + location.name() + " cannot be fetched: " + e, e);
        }
    }

    @Override
    public void remember(Fetched fetched) {
        etag = fetched.validator1();
        lastModified = fetched.validator2();
    }
}
