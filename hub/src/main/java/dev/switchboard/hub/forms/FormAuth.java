package dev.switchboard.hub.forms;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.hub.forms.FormDefinition.Auth;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Authenticates a submission as its form says. {@code api-key}: header {@code X-Api-Key} equals the
 * form's key. {@code hmac}: {@code X-Signature: sha256=<hex HMAC-SHA256 of "<X-Timestamp>.<raw body>">},
 * at most {@value #MAX_AGE_MINUTES} minutes old (either way, for clock skew), each signature accepted
 * once: the {@link SignatureLedger} keeps accepted signatures in the database until they are too old
 * to pass, so a replay is refused by every node and after a restart. {@code public}: the rate limit
 * per client IP (in memory, per node) and the optional origin allow-list. The honeypot is
 * checked by the intake verb after the body is read.
 */
@Component
class FormAuth {

    static final int MAX_AGE_MINUTES = 5;

    private final Clock clock;
    private final SignatureLedger signatures;
    private final RateLimiter rateLimiter;

    @Autowired
    FormAuth(SignatureLedger signatures) {
        this(Clock.systemUTC(), signatures);
    }

    FormAuth(Clock clock, SignatureLedger signatures) {
        this.clock = clock;
        this.signatures = signatures;
        this.rateLimiter = new RateLimiter(clock);
    }

    /** The request as authentication needs it. */
    record Credentials(String apiKey, String signature, String timestamp, String origin, String ip) {
    }

    /**
     * @return seconds the client must wait when a public form's rate limit is reached, else 0
     * @throws BadInputException 401 or 403 when the submission is not authentic
     */
    long check(FormDefinition form, Credentials c, String rawBody) {
        Auth auth = form.auth();
        switch (auth.mode()) {
            case API_KEY -> {
                if (c.apiKey() == null || !constantTimeEquals(auth.secret(), c.apiKey().strip())) {
                    throw unauthorized(c.apiKey() == null ? "missing header X-Api-Key" : "wrong key in header X-Api-Key");
                }
            }
            case HMAC -> checkSignature(form.id(), auth.secret(), c, rawBody);
            case PUBLIC -> {
                List<String> origins = auth.allowedOrigins();
                if (!origins.isEmpty() && c.origin() != null && !origins.contains(c.origin())) {
                    throw new BadInputException(403, List.of(new Problem(null, "origin " + c.origin()
                            + " may not post to form " + form.id())));
                }
                return rateLimiter.acquire(form.id() + "|" + c.ip(), auth.ratePerMinute());
            }
            default -> throw new IllegalStateException("unknown auth mode " + auth.mode());
        }
        return 0;
    }

    private void checkSignature(String formId, String secret, Credentials c, String rawBody) {
        if (c.signature() == null || c.timestamp() == null || !c.signature().startsWith("sha256=")) {
            throw unauthorized("headers X-Signature: sha256=<hex> and X-Timestamp: <unix seconds> are required");
        }
        long now = clock.millis() / 1000;
        long timestamp;
        try {
            timestamp = Long.parseLong(c.timestamp().strip());
        } catch (NumberFormatException e) {
            throw unauthorized("X-Timestamp must be unix seconds");
        }
        if (Math.abs(now - timestamp) > MAX_AGE_MINUTES * 60L) {
            throw unauthorized("the signature is older than " + MAX_AGE_MINUTES + " minutes (or X-Timestamp is off)");
        }
        String expected = hmac(secret, timestamp + "." + rawBody);
        if (!constantTimeEquals("sha256=" + expected, c.signature().strip().toLowerCase())) {
            throw unauthorized("the signature does not match the body");
        }
        Instant passesUntil = Instant.ofEpochSecond(timestamp).plus(Duration.ofMinutes(MAX_AGE_MINUTES)).plusSeconds(1);
        if (!signatures.claim(formId, expected, clock.instant(), passesUntil)) {
            throw unauthorized("this signature was used already (a replay)");
        }
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static BadInputException unauthorized(String why) {
        return new BadInputException(401, List.of(new Problem(null, why)));
    }
}
