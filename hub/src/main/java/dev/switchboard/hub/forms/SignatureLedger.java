package dev.switchboard.hub.forms;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signatures of HMAC-signed submissions accepted so far ({@code form_signatures}), kept in the
 * database so that a replay is refused by every node and after a restart. A signature is kept until
 * it could no longer pass the timestamp check anyway; expired rows are swept at most once a minute
 * per node, by whichever submission comes along.
 */
@Component
class SignatureLedger {

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final AtomicLong nextSweepMillis = new AtomicLong();

    SignatureLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims a signature.
     *
     * @param signature the hex HMAC of the submission
     * @param until     when the signature stops passing the timestamp check
     * @return true the first time, false for a signature claimed before (a replay)
     */
    boolean claim(String formId, String signature, Instant now, Instant until) {
        sweep(now);
        try {
            jdbc.update("INSERT INTO form_signatures (signature, form_id, expires_at) VALUES (?, ?, ?)",
                    signature, formId, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            return true;
        } catch (DuplicateKeyException replay) {
            return false;
        }
    }

    private void sweep(Instant now) {
        long due = nextSweepMillis.get();
        if (now.toEpochMilli() >= due && nextSweepMillis.compareAndSet(due, now.plus(SWEEP_EVERY).toEpochMilli())) {
            jdbc.update("DELETE FROM form_signatures WHERE expires_at < ?", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        }
    }
}
