package dev.switchboard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The hub under test: {@code java [opts] -jar switchboard.jar} as a child process, with a fresh
 * SWITCHBOARD_HOME (a copy of the repo's routes/ and config/), a random admin key and a free port on
 * 127.0.0.1. Its output goes to hub.log in that home, which {@link #close()} copies out.
 */
final class Hub implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    /** The demo routes on plugins' endpoints, left out of the bench home (see {@link #start}). */
    static final List<String> PLUGIN_ROUTES = List.of("news-feed.camel.yaml", "mastodon-posts.camel.yaml");

    private final Process process;
    private final Path home;
    private final int port;
    private final String adminKey;
    private final long startNanos;
    private final Path logCopy;
    private boolean closed;

    private Hub(Process process, Path home, int port, String adminKey, long startNanos, Path logCopy) {
        this.process = process;
        this.home = home;
        this.port = port;
        this.adminKey = adminKey;
        this.startNanos = startNanos;
        this.logCopy = logCopy;
    }

    /**
     * Starts the hub; {@code databaseEnv} holds the SPRING_DATASOURCE_* variables, empty for the
     * embedded H2 default. The log is copied to {@code logCopy} on close.
     */
    static Hub start(Options options, Map<String, String> databaseEnv, Path logCopy) throws IOException {
        return start(options, databaseEnv, Map.of(), logCopy);
    }

    /**
     * As {@link #start(Options, Map, Path)}, with {@code extraFiles} (path relative to the home →
     * content) written into the home before the hub starts, e.g. a form of the bench's own.
     */
    static Hub start(Options options, Map<String, String> databaseEnv, Map<String, String> extraFiles, Path logCopy)
            throws IOException {
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalStateException("hub jar not found: " + options.jar()
                    + " (build it: ./mvnw -B -pl hub -am package -DskipTests)");
        }
        Path home = Files.createTempDirectory("switchboard-bench-");
        copyTree(options.repoRoot().resolve("routes"), home.resolve("routes"));
        // they need the feed- and mastodon-connector plugins (plugins/target/dist, not in the temp home):
        // they would fail to load and keep health DEGRADED; feeds polled now and then are no part of
        // what is measured
        for (String route : PLUGIN_ROUTES) {
            Files.deleteIfExists(home.resolve("routes").resolve(route));
        }
        copyTree(options.repoRoot().resolve("config"), home.resolve("config"));
        for (Map.Entry<String, String> file : extraFiles.entrySet()) {
            Path target = home.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        int port = freePort();
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        String adminKey = HexFormat.of().formatHex(key);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.javaOpts());
        command.add("-jar");
        command.add(options.jar().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("hub.log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SPRING_DATASOURCE_") || k.startsWith("SWITCHBOARD_"));
        env.put("SWITCHBOARD_HOME", home.toString());
        env.put("SWITCHBOARD_ADMIN_KEY", adminKey);
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.putAll(databaseEnv);

        long startNanos = System.nanoTime();
        Process process = builder.start();
        return new Hub(process, home, port, adminKey, startNanos, logCopy);
    }

    /**
     * Polls GET /actuator/health every 100 ms until it answers 200 with status UP.
     *
     * @return milliseconds from process start to the first UP
     */
    long awaitUp(HttpClient client, Duration timeout) throws InterruptedException {
        ObjectMapper json = new ObjectMapper();
        HttpRequest request = HttpRequest.newBuilder(uri("/actuator/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = startNanos + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("hub exited with code " + process.exitValue()
                        + " before it was UP; last lines of its log:\n" + logTail(40));
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200
                        && "UP".equals(json.readTree(response.body()).path("status").asText())) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
                }
                last = response.statusCode() + " " + abbreviate(response.body(), 300);
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("hub not UP within " + timeout.toSeconds() + " s (last: " + last
                + "); last lines of its log:\n" + logTail(40));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String adminKey() {
        return adminKey;
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size of the hub process in kB (VmRSS of /proc/PID/status), or -1 if unknown. */
    long rssKb() {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst().orElse(-1);
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(home.resolve("hub.log"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the hub (SIGTERM, then SIGKILL after 15 s), copies its log out, deletes its home. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            if (logCopy != null) {
                Files.createDirectories(logCopy.getParent());
                Files.copy(home.resolve("hub.log"), logCopy, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.err.println("could not copy the hub log: " + e);
        }
        deleteTree(home);
    }

    static String abbreviate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "...";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }
}
