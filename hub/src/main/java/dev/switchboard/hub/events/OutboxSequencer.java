package dev.switchboard.hub.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives committed outbox rows their delivery position {@code seq}, in {@code id} order, continuing
 * from the highest {@code seq} so far.
 *
 * <p>Why a separate step: {@code id} is taken when a row is inserted, but the row becomes visible
 * only when its transaction commits, possibly after rows with higher ids. The sequencer sees
 * committed rows only, so a late committer gets a later {@code seq}, and a reader that goes by
 * {@code seq} never skips it. This needs exactly one sequencer per database: one per hub today, a
 * cluster singleton when several hubs share PostgreSQL (two sequencers would collide on the unique
 * {@code seq} and one run would fail and retry).
 *
 * <p>Runs every {@code switchboard.events.sequencer-interval}, and at once after a local commit
 * that appended events ({@link #nudge()}).
 */
@Component
public class OutboxSequencer implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSequencer.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EventsProperties settings;
    private volatile ScheduledExecutorService executor;

    OutboxSequencer(JdbcTemplate jdbc, TransactionTemplate transactions, EventsProperties settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
    }

    /**
     * Numbers every committed row that has no {@code seq} yet, in batches.
     *
     * @return how many rows were numbered
     */
    public synchronized int sequence() {
        int total = 0;
        int batch;
        do {
            batch = transactions.execute(status -> sequenceBatch());
            total += batch;
        } while (batch == settings.sequencerBatchSize());
        return total;
    }

    /** Asks for a run as soon as possible, without waiting for it. */
    public void nudge() {
        ScheduledExecutorService running = executor;
        // coalesce: under load many commits share one queued run instead of one run each
        if (running != null && !running.isShutdown() && nudged.compareAndSet(false, true)) {
            running.execute(() -> {
                nudged.set(false);
                runQuietly();
            });
        }
    }

    private int sequenceBatch() {
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM outbox_events WHERE seq IS NULL ORDER BY id LIMIT ?", Long.class,
                settings.sequencerBatchSize());
        if (ids.isEmpty()) {
            return 0;
        }
        long next = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) FROM outbox_events", Long.class);
        List<Object[]> positions = new ArrayList<>(ids.size());
        for (Long id : ids) {
            positions.add(new Object[] {++next, id});
        }
        // one round trip for the batch: under load every submission appends several events
        jdbc.batchUpdate("UPDATE outbox_events SET seq = ? WHERE id = ? AND seq IS NULL", positions);
        return ids.size();
    }

    private final AtomicBoolean nudged = new AtomicBoolean();

    private void runQuietly() {
        try {
            sequence();
        } catch (RuntimeException e) {
            LOG.warn("outbox sequencer run failed; will retry: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-sequencer");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.sequencerInterval().toMillis();
        started.scheduleWithFixedDelay(this::runQuietly, 0, interval, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Starts before the Camel routes that read what it numbers, stops after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE / 2;
    }
}
