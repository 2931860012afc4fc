package dev.switchboard.hub.routes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.model.RouteDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.switchboard.hub.home.SwitchboardProperties;

/**
 * Brings the CamelContext in line with the route files in the routes directory. Each
 * {@link #sync()} loads new and changed files (by content hash), keeps the last good version of a
 * file that no longer loads, and removes the routes of deleted files. Writers are serialized
 * ({@link #sync()}, {@link #retryFailed()} and {@link #reloadFilesOf} are synchronized);
 * {@link #files()} may be called from any thread.
 *
 * <p>Public for the plugin platform: when a plugin's components are registered, files that failed
 * (perhaps for want of that component) are retried, and the files of routes built on a reloaded
 * plugin's components are loaded again.
 */
@Component
public class RouteFileLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RouteFileLoader.class);

    private final Path routesDir;
    private final RouteFileParser parser;
    private final RouteDeployer deployer;
    private final Map<String, LoadedFile> files = new ConcurrentHashMap<>();
    private boolean missingDirReported;

    RouteFileLoader(CamelContext camelContext, SwitchboardProperties properties, RouteExchangeCounter counter) {
        this.routesDir = properties.routesDir();
        this.parser = new RouteFileParser(camelContext);
        this.deployer = new RouteDeployer(camelContext, counter);
    }

    /** A snapshot of every known file. */
    Collection<LoadedFile> files() {
        return List.copyOf(files.values());
    }

    /**
     * Loads again every file whose latest version failed, though its content did not change: a
     * component it names may have been registered since. Files that load now are live at once.
     */
    public synchronized void retryFailed() {
        files.replaceAll((name, file) -> file.error() == null ? file : file.forceReload());
        sync();
    }

    /**
     * Loads again the files that define any of these routes, though their content did not change,
     * so that their endpoints are created anew (from components registered since).
     */
    public synchronized void reloadFilesOf(Collection<String> routeIds) {
        files.replaceAll((name, file) -> file.routeIds().stream().anyMatch(routeIds::contains) ? file.forceReload() : file);
        sync();
    }

    /** Compares the directory with what is loaded and applies the differences. */
    synchronized void sync() {
        Map<String, Path> present = scan();
        for (String gone : new ArrayList<>(files.keySet())) {
            if (!present.containsKey(gone)) {
                unload(gone);
            }
        }
        present.forEach((file, path) -> {
            try {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                LoadedFile known = files.get(file);
                String hash = sha256(text);
                if (known == null || !known.hash().equals(hash)) {
                    load(file, path, text, hash);
                }
            } catch (NoSuchFileException e) {
                LOG.debug("{} disappeared while reading it; the next scan removes it", file);
            } catch (IOException e) {
                LOG.warn("Cannot read route file {}: {}", file, e.getMessage());
            }
        });
    }

    private Map<String, Path> scan() {
        Map<String, Path> present = new TreeMap<>();
        if (!Files.isDirectory(routesDir)) {
            if (!missingDirReported) {
                LOG.info("Routes directory {} does not exist; no route files loaded", routesDir);
                missingDirReported = true;
            }
            return present;
        }
        missingDirReported = false;
        try (Stream<Path> list = Files.list(routesDir)) {
            list.filter(p -> p.getFileName().toString().endsWith(RouteFileLint.SUFFIX))
                    .filter(Files::isRegularFile)
                    .forEach(p -> present.put(routesDir.relativize(p).toString(), p));
        } catch (IOException e) {
            LOG.warn("Cannot list routes directory {}: {}", routesDir, e.getMessage());
            present.clear();
            files.keySet().forEach(file -> present.put(file, routesDir.resolve(file)));
        }
        return present;
    }

    private void unload(String file) {
        LoadedFile known = files.remove(file);
        try {
            deployer.remove(known.routeIds());
            LOG.info("Route file {} deleted; removed routes {}", file, known.routeIds());
        } catch (Exception e) {
            LOG.error("Route file {} deleted, but removing its routes {} failed", file, known.routeIds(), e);
        }
    }

    private void load(String file, Path path, String text, String hash) {
        LoadedFile previous = files.get(file);
        List<String> oldIds = previous == null ? List.of() : previous.routeIds();
        List<RouteDefinition> routes;
        try {
            routes = parse(file, path, text, oldIds);
        } catch (RouteFileException e) {
            fail(file, hash, previous, oldIds, e.problem());
            return;
        }
        RouteFileLint.check(file, text, routes)
                .forEach(problem -> LOG.warn("Route file convention: {} (loaded anyway)", problem));
        List<String> newIds = routes.stream().map(RouteDefinition::getRouteId).toList();
        try {
            deployer.remove(oldIds);
            deployer.add(routes);
        } catch (Exception e) {
            RouteProblem problem = RouteProblems.locate(file, text, e);
            fail(file, hash, previous, restore(file, path, previous), problem);
            return;
        }
        files.put(file, new LoadedFile(file, hash, text, newIds, null));
        LOG.info("Route file {} loaded: routes {}", file, newIds);
    }

    /** Parses, names unnamed routes, and rejects ids that another file or the hub already uses. */
    private List<RouteDefinition> parse(String file, Path path, String text, List<String> ownIds)
            throws RouteFileException {
        List<RouteDefinition> routes = parser.parse(file, "file:" + path.toAbsolutePath(), text);
        String base = RouteFileLint.baseName(file);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < routes.size(); i++) {
            RouteDefinition route = routes.get(i);
            if (route.getRouteId() == null || route.getRouteId().isBlank()) {
                route.setId(i == 0 ? base : base + "-" + (i + 1));
            }
            String id = route.getRouteId();
            if (!seen.add(id)) {
                throw duplicate(file, text, id, "twice in this file");
            }
            String owner = ownerOf(id);
            if (owner != null && !owner.equals(file)) {
                throw duplicate(file, text, id, "already used by " + owner);
            }
            if (owner == null && !ownIds.contains(id) && deployer.exists(id)) {
                throw duplicate(file, text, id, "already used by a route the hub defines");
            }
        }
        return routes;
    }

    private String ownerOf(String routeId) {
        return files.values().stream().filter(f -> f.routeIds().contains(routeId))
                .map(LoadedFile::file).findFirst().orElse(null);
    }

    private static RouteFileException duplicate(String file, String text, String id, String where) {
        return new RouteFileException(RouteProblem.atLine(file, SourceLines.findRouteId(text, id),
                "duplicate route id '" + id + "': " + where), null);
    }

    /** Re-adds the last good version after a failed replacement; returns the ids running afterwards. */
    private List<String> restore(String file, Path path, LoadedFile previous) {
        if (previous == null || previous.goodText() == null || previous.routeIds().isEmpty()) {
            return List.of();
        }
        try {
            List<RouteDefinition> routes = parse(file, path, previous.goodText(), previous.routeIds());
            deployer.add(routes);
            return routes.stream().map(RouteDefinition::getRouteId).toList();
        } catch (Exception e) {
            LOG.error("Route file {}: could not restore its last good version; its routes are stopped", file, e);
            return List.of();
        }
    }

    private void fail(String file, String hash, LoadedFile previous, List<String> running, RouteProblem problem) {
        String goodText = previous == null ? null : previous.goodText();
        files.put(file, new LoadedFile(file, hash, goodText, running, problem));
        if (running.isEmpty()) {
            LOG.error("Route file {} failed to load: {}", file, problem);
        } else {
            LOG.error("Route file {} failed to load: {}; its last good version keeps running (routes {})",
                    file, problem, running);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
