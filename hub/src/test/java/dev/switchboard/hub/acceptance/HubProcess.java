package dev.switchboard.hub.acceptance;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hub as a user runs it: {@code java -jar switchboard.jar} in a home directory of its own, on a
 * free port, with a known admin key. Output goes to {@code <home>/hub.log}.
 */
final class HubProcess implements AutoCloseable {

    static final String KEY = "acceptance-key";

    private final Path home;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> env = new java.util.HashMap<>();
    private Process process;
    private Duration startup;

    HubProcess(Path home) throws IOException {
        this.home = home;
        this.port = freePort();
    }

    /**
     * Fills {@code home} as a new user's home looks after a checkout and a build: this repository's
     * {@code routes/} and {@code config/}, and the built plugins in {@code plugins/target/dist}, where
     * the demo configuration loads them from (skipped when the plugins are not built).
     *
     * @return {@code home}
     */
    static Path repositoryHome(Path home) throws IOException {
        Path repo = Path.of(System.getProperty("switchboard.test.repo-root"));
        copy(repo.resolve("routes"), home.resolve("routes"));
        copy(repo.resolve("config"), home.resolve("config"));
        copy(repo.resolve("plugins/target/dist"), home.resolve("plugins/target/dist"));
        return home;
    }

    /** A TCP port that was free a moment ago, for the hub or a server it talks to. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Copies the tree {@code from} into {@code to}; nothing when {@code from} does not exist. */
    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** An extra environment variable of the hub's process, e.g. a setting such as {@code SWITCHBOARD_MAIL_EMBEDDED_SERVER_PORT}. */
    HubProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Starts the hub and waits until its health is UP. */
    HubProcess start() throws IOException {
        String jar = System.getProperty("switchboard.test.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("hub.log").toFile()));
        builder.environment().putAll(Map.of("SWITCHBOARD_HOME", home.toString(), "SWITCHBOARD_ADMIN_KEY", KEY,
                "SERVER_PORT", String.valueOf(port)));
        builder.environment().putAll(env);
        long begin = System.nanoTime();
        process = builder.start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the hub exited with " + process.exitValue() + ":\n" + log());
                    }
                    return get("/actuator/health").body().startsWith("{\"status\":\"UP\"");
                });
        startup = Duration.ofNanos(System.nanoTime() - begin);
        return this;
    }

    Duration startup() {
        return startup;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, no graceful anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-Api-Key", KEY)
                .timeout(Duration.ofSeconds(30));
    }

    /** A request without the admin key, as a browser or a website's backend sends it. */
    HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    String log() {
        try {
            return Files.readString(home.resolve("hub.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
