package dev.switchboard.plugins.mastodon;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sdk.camel.polling.PollingSourceConsumer;
import org.apache.camel.Processor;
import org.slf4j.Logger;

/**
 * Polls one hashtag timeline or search: fetch what is new since the cursor ({@link StatusPager}),
 * emit it oldest first, one exchange per status, then move the cursor. A status is recorded as seen
 * (in the idempotent repository, under the emitted status's id, so a boosted original comes once)
 * only after its exchange completed without an exception (the base
 * {@link PollingSourceConsumer#emit}); the cursor moves only over statuses that
 * are done, so a failed status is fetched and emitted again by the next poll while the ones after it,
 * already seen, are not. A poll while the instance's rate limit is used up sends nothing. An instance
 * that cannot be read fails the poll with a {@link MastodonReadException}; Camel's consumer error
 * handling logs it and polls again after {@code delay}.
 */
final class MastodonConsumer extends PollingSourceConsumer {

    private final MastodonEndpoint endpoint;
    private final MastodonComponent component;
    private final String key;
    private final Logger log;
    /** Scopes cursor and seen statuses to this route: two routes reading the same timeline each get every status. */
    private String stateKey;
    private Clock clock;
    private RateLimitGate gate;
    private StatusPager pager;
    private StatusMapper mapper;
    /** Held while a poll runs. */
    private final java.util.concurrent.locks.ReentrantLock polling = new java.util.concurrent.locks.ReentrantLock();
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    MastodonConsumer(MastodonEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.component = endpoint.getComponent();
        this.key = endpoint.key();
        this.log = component.getLogger();
    }

    @Override
    protected void doStart() throws Exception {
        MastodonInstance instance = endpoint.mastodonInstance();
        clock = component.getClock();
        gate = component.gate(instance);
        MastodonClient client = new MastodonClient(instance, Duration.ofMillis(endpoint.getTimeout()),
                endpoint.getUserAgent(), component.getAccessToken(), gate, clock, log);
        pager = new StatusPager(endpoint.source(), instance, client, gate, clock, endpoint.getLimit(),
                endpoint.getMaxPagesPerPoll());
        mapper = new StatusMapper(instance);
        stateKey = (getRouteId() == null ? "" : getRouteId()) + " " + key;
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        polling.lock();
        try {
            return pollOnce();
        } finally {
            polling.unlock();
        }
    }

    /**
     * Stops polling, then waits for a poll already under way to finish (it stops emitting and
     * writes the cursor of what it handled), so that nothing writes the plugin's state after stop.
     */
    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (polling.tryLock(STOP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            polling.unlock();
        } else {
            log.warn("mastodon {}: a poll still runs {} after stop; its cursor may be written late", key, STOP_WAIT);
        }
    }

    private int pollOnce() throws Exception {
        if (gate.closedUntil(clock.instant()).isPresent()) {
            log.debug("mastodon {}: rate limit used up, poll skipped", key);
            count("mastodon.poll.paused");
            return 0;
        }
        String cursor = component.cursors().get(stateKey);
        StatusPager.Batch batch;
        try {
            batch = pager.fetch(cursor);
        } catch (MastodonReadException e) {
            count("mastodon.poll.failures");
            throw e;
        }
        if (batch.end() == StatusPager.End.RATE_LIMITED) {
            count("mastodon.poll.paused");
            return 0;
        }
        List<JsonNode> oldestFirst = new ArrayList<>(batch.statuses());
        oldestFirst.sort(Comparator.comparing(StatusMapper::id, StatusIds.ORDER));
        if (batch.end() == StatusPager.End.TRUNCATED) {
            count("mastodon.poll.truncated");
            log.info("mastodon {}: {} pages read (maxPagesPerPoll) without reaching the last status handled ({}); "
                    + "the statuses between it and {} are skipped", key, batch.pages(), cursor,
                    StatusMapper.id(oldestFirst.get(0)));
        }
        return emitAll(oldestFirst, cursor);
    }

    /** Emits oldest first; moves the cursor over the leading run of statuses that are done. */
    private int emitAll(List<JsonNode> oldestFirst, String cursor) {
        Set<String> inBatch = new HashSet<>();
        String handledUpTo = cursor;
        boolean blocked = false;
        int emitted = 0;
        for (JsonNode json : oldestFirst) {
            if (!isRunAllowed()) {
                break;
            }
            String timelineId = StatusMapper.id(json);
            boolean done = true;
            try {
                MastodonStatus status = mapper.map(json);
                String seenKey = stateKey + " " + status.statusId();
                if (inBatch.add(seenKey) && !isSeen(seenKey)) {
                    done = emit(status, seenKey);
                    emitted += done ? 1 : 0;
                }
            } catch (StatusMapper.MalformedStatus e) {
                count("mastodon.statuses.skipped");
                log.warn("mastodon {}: status {} skipped, it is not a complete Mastodon status: {}", key, timelineId,
                        e.getMessage());
            }
            blocked |= !done;
            if (!blocked) {
                handledUpTo = StatusIds.max(handledUpTo, timelineId);
            }
        }
        if (handledUpTo != null && !handledUpTo.equals(cursor)) {
            component.cursors().put(stateKey, handledUpTo);
        }
        return emitted;
    }

    /** @return whether the status went through and is now recorded as seen */
    private boolean emit(MastodonStatus status, String seenKey) {
        boolean done = emit(seenKey, "mastodon " + key + ": status " + status.statusId(), message -> {
            message.setBody(status.document());
            message.setHeader(MastodonConstants.HEADER_ACCOUNT, status.account());
            message.setHeader(MastodonConstants.HEADER_STATUS_ID, status.statusId());
            message.setHeader(MastodonConstants.HEADER_INSTANCE, endpoint.mastodonInstance().host());
        });
        if (done) {
            count("mastodon.statuses");
        }
        return done;
    }

    private void count(String metric) {
        increment(metric, "endpoint", key);
    }
}
