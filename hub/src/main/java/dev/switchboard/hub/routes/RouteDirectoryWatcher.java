package dev.switchboard.hub.routes;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Loads the route files once Camel has started, then re-scans the routes directory every
 * {@code switchboard.routes.scan-interval} on its own daemon thread until the application stops.
 * A broken file at start-up is logged and reported; it never stops the hub from starting.
 */
@Component
class RouteDirectoryWatcher implements CamelContextConfiguration, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RouteDirectoryWatcher.class);

    private final RouteFileLoader loader;
    private final RoutesProperties properties;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "route-file-watcher");
        thread.setDaemon(true);
        return thread;
    });

    private volatile boolean loaded;

    RouteDirectoryWatcher(RouteFileLoader loader, RoutesProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // nothing to prepare: route files are loaded into the started context
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        loader.sync();
        loaded = true;
        long interval = properties.scanInterval().toMillis();
        executor.scheduleWithFixedDelay(() -> scan(camelContext), interval, interval, TimeUnit.MILLISECONDS);
        LOG.info("Watching route files every {}", properties.scanInterval());
    }

    /** Whether the route files present at start have been loaded (or reported as broken). */
    boolean loaded() {
        return loaded;
    }

    private void scan(CamelContext camelContext) {
        if (!camelContext.isStarted()) {
            return;
        }
        try {
            loader.sync();
        } catch (RuntimeException e) {
            // a bug, not a broken file: keep watching rather than silently stop
            LOG.error("Scanning the routes directory failed", e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("The route file watcher did not stop within 10 s");
        }
    }
}
