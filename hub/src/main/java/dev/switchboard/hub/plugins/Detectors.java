package dev.switchboard.hub.plugins;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.model.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Runs every started plugin's {@code TriggerDetector} on a document, each under
 * {@code switchboard.plugins.detector-timeout}, on a bounded pool of
 * {@code switchboard.plugins.detector-threads}. A detector that throws or times out is counted,
 * logged with plugin and detector id, and skipped for that document; after
 * {@code detector-suspend-after} consecutive failures it is suspended until its plugin is restarted
 * or reloaded. Thread-safe.
 */
@Service
public class Detectors implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Detectors.class);

    private final Supplier<List<GuardedDetector>> detectors;
    private final Duration timeout;
    private final ThreadPoolExecutor executor;

    @Autowired
    Detectors(PluginRegistry registry, PluginsProperties properties) {
        this(registry::startedDetectors, properties.detectorTimeout(), properties.detectorThreads());
    }

    /** @param detectors the detectors to run, asked again for every document */
    Detectors(Supplier<List<GuardedDetector>> detectors, Duration timeout, int threads) {
        this.detectors = detectors;
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 64), runnable -> {
                    Thread thread = new Thread(runnable, "plugin-detector-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** One result per started detector, in plugin and detector order; suspended detectors are {@code SKIPPED}. */
    public List<DetectorResult> detect(Document document) {
        List<GuardedDetector> detectors = this.detectors.get();
        List<Future<List<Detection>>> calls = new ArrayList<>();
        for (GuardedDetector detector : detectors) {
            calls.add(submit(detector, document));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<DetectorResult> results = new ArrayList<>();
        for (int i = 0; i < detectors.size(); i++) {
            results.add(await(detectors.get(i), calls.get(i), deadline, document));
        }
        return results;
    }

    private Future<List<Detection>> submit(GuardedDetector detector, Document document) {
        if (detector.suspended()) {
            return null;
        }
        try {
            return executor.submit(() -> detector.detector().detect(document));
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    private DetectorResult await(GuardedDetector detector, Future<List<Detection>> call, long deadline, Document document) {
        if (call == null) {
            String why = detector.suspended() ? "suspended after repeated failures" : "no free detector thread";
            return result(detector, DetectorResult.Outcome.SKIPPED, null, why);
        }
        try {
            List<Detection> found = call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (found == null) {
                return failure(detector, DetectorResult.Outcome.FAILED, "answered null", document);
            }
            detector.succeeded();
            return result(detector, DetectorResult.Outcome.OK, found, null);
        } catch (TimeoutException e) {
            call.cancel(true);
            return failure(detector, DetectorResult.Outcome.TIMED_OUT, "no answer within " + timeout, document);
        } catch (ExecutionException e) {
            return failure(detector, DetectorResult.Outcome.FAILED, PluginInspector.describe(e.getCause()), document);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            return result(detector, DetectorResult.Outcome.SKIPPED, null, "interrupted");
        }
    }

    private static DetectorResult failure(GuardedDetector detector, DetectorResult.Outcome outcome, String error,
                                          Document document) {
        boolean suspended = detector.failed();
        LOG.warn("Detector {} of plugin {} skipped document {}: {} ({} failures so far)", detector.detectorId(),
                detector.pluginId(), document.id(), error, detector.failures());
        if (suspended) {
            LOG.error("Detector {} of plugin {} is suspended after repeated failures; restart or reload the plugin "
                    + "to resume it", detector.detectorId(), detector.pluginId());
        }
        return result(detector, outcome, null, error);
    }

    private static DetectorResult result(GuardedDetector detector, DetectorResult.Outcome outcome,
                                         List<Detection> detections, String error) {
        return new DetectorResult(detector.pluginId(), detector.detectorId(), outcome, detections, error);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
