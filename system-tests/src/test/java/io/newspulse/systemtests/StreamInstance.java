package io.newspulse.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One instance of the stream app in its own JVM ({@link StreamProcess}) with its query API on a fixed port, so
 * that it comes back on the same {@code application.server} after a restart on the same data dir.
 */
final class StreamInstance implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final String bootstrap;
    private final String registry;
    private final Path dataDir;
    private final Map<String, Object> config;
    private final int port;
    private StreamProcess process;

    StreamInstance(String name, String bootstrap, String registry, Path dataDir, Map<String, Object> config) {
        this.name = name;
        this.bootstrap = bootstrap;
        this.registry = registry;
        this.dataDir = dataDir;
        this.port = freePort();
        this.config = new HashMap<>(config);
        this.config.put("http.port", port);
    }

    StreamInstance start() {
        process = new StreamProcess(bootstrap, registry, dataDir, config).start();
        return this;
    }

    String name() {
        return name;
    }

    /** {@code host:port}: its application.server, as the API's X-Newspulse-Served-By header names it. */
    String address() {
        return "127.0.0.1:" + port;
    }

    String url() {
        return "http://" + address();
    }

    boolean alive() {
        return process != null && process.alive();
    }

    /** True when {@code /ready} answers 200 (Kafka Streams RUNNING). */
    boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/ready")).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.kill();
        }
    }

    Path log() {
        return dataDir.resolve("stream.log");
    }

    /**
     * A clean stop (SIGTERM; the app commits, leaves its group and exits), SIGKILL only after 2 minutes; true when
     * the JVM exited by itself. (A SIGKILL in the middle of closing can leave the global companies store in a state
     * Kafka Streams refuses at the next start under exactly-once: see docs/scaling.md, "Rolling restart".)
     */
    boolean stop() throws InterruptedException {
        return process == null || process.stop(Duration.ofMinutes(2));
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
