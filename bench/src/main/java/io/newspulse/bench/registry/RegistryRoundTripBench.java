package io.newspulse.bench.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.avro.CompanySignal;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.core.json.Json;
import io.newspulse.registry.client.CachingRegistryClient;
import io.newspulse.registry.server.SchemaRegistryConfig;
import io.newspulse.registry.server.SchemaRegistryServer;
import io.newspulse.registry.store.InMemorySchemaStore;
import io.newspulse.stack.LocalStack;
import io.newspulse.stack.StackConfig;
import org.HdrHistogram.Histogram;
import org.apache.avro.Schema;

/**
 * Round trip of our registry client against our registry server (issue 23): lookups ({@code POST /subjects/{s}})
 * and registrations of an already registered schema ({@code POST /subjects/{s}/versions}), one client thread after
 * another (latency: requests/s, p50, p99, max) and from several threads (throughput), after 4,000 warm-up requests per
 * call, with {@code curl} on one
 * kept-alive connection as the reference. The client's caches are dropped before every request so each one goes
 * over the wire.
 *
 * <pre>java -cp app/target/newspulse.jar io.newspulse.bench.registry.RegistryRoundTripBench [--store memory|kafka]
 *      [--requests N] [--subjects N] [--threads N]</pre>
 *
 * {@code --store kafka} runs the registry of the embedded stack (its {@code _schemas} topic on an embedded broker);
 * {@code memory} (default) a registry on the in-memory store, which isolates the HTTP round trip.
 */
public final class RegistryRoundTripBench {
    private enum Call { LOOKUP, REGISTER_EXISTING }

    private RegistryRoundTripBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String storeKind = opts.getOrDefault("store", "memory");
        int requests = Integer.parseInt(opts.getOrDefault("requests", "2000"));
        int subjects = Integer.parseInt(opts.getOrDefault("subjects", "200"));
        int threads = Integer.parseInt(opts.getOrDefault("threads", "4"));
        Path dir = Files.createTempDirectory("registry-bench-");
        AutoCloseable registry;
        String url;
        if ("kafka".equals(storeKind)) {
            Map<String, Object> props = new HashMap<>();
            props.put(StackConfig.KAFKA_PORT, 0);
            props.put(StackConfig.REGISTRY_PORT, 0);
            props.put(CommonConfig.DATA_DIR, dir.resolve("stack").toString());
            LocalStack stack = new LocalStack(new StackConfig(props)).start();
            registry = stack;
            url = stack.registryUrl();
        } else {
            SchemaRegistryServer server = new SchemaRegistryServer(new SchemaRegistryConfig(Map.of(
                    SchemaRegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS, "unused:9092",
                    SchemaRegistryConfig.LISTENERS, "http://127.0.0.1:0")), new InMemorySchemaStore());
            server.start();
            registry = server;
            url = server.url();
        }
        try (registry) {
            Schema schema = CompanySignal.getClassSchema();
            List<String> names = new ArrayList<>();
            try (CachingRegistryClient setup = client(url)) {
                for (int i = 0; i < subjects; i++) {
                    String subject = "signals.company-" + i + "-value";
                    setup.register(subject, schema);
                    names.add(subject);
                }
            }
            System.out.printf(Locale.ROOT, "registry %s (%s store), %d subjects%n", url, storeKind, subjects);
            System.out.println("| call | client | requests | requests/s | p50 ms | p90 ms | p99 ms | max ms |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
            for (Call call : Call.values()) { // warm-up (JIT of both paths, client and server) before any figure
                sequential(url, call, names, schema, 2000);
                parallel(url, call, names, schema, 2000, threads);
            }
            for (Call call : Call.values()) {
                print(call, "Java client, 1 thread", sequential(url, call, names, schema, requests), requests);
                Result parallel = parallel(url, call, names, schema, requests, threads);
                print(call, "Java client, " + threads + " threads", parallel, requests);
                Result curl = curl(url, call, names, schema, Math.min(requests, 1000), dir);
                if (curl != null) {
                    print(call, "curl, 1 kept-alive connection", curl, Math.min(requests, 1000));
                    int fresh = Math.min(requests, 100);
                    print(call, "curl, new connection each", curlFresh(url, call, names, dir, fresh), fresh);
                }
            }
        } finally {
            deleteQuietly(dir);
        }
    }

    private record Result(Histogram histogram, long elapsedNanos) {
    }

    private static CachingRegistryClient client(String url) {
        return new CachingRegistryClient(Map.of("schema.registry.url", url)); // the apps' defaults (retries on)
    }

    private static Result sequential(String url, Call call, List<String> subjects, Schema schema, int n) {
        Histogram h = new Histogram(60_000_000_000L, 3);
        long start = System.nanoTime();
        try (CachingRegistryClient client = client(url)) {
            for (int i = 0; i < n; i++) {
                h.recordValue(once(client, call, subjects.get(i % subjects.size()), schema));
            }
        }
        return new Result(h, System.nanoTime() - start);
    }

    private static Result parallel(String url, Call call, List<String> subjects, Schema schema, int n, int threads)
            throws Exception {
        Histogram h = new Histogram(60_000_000_000L, 3);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try (CachingRegistryClient client = client(url)) {
            List<Future<Histogram>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                parts.add(pool.submit(() -> {
                    Histogram part = new Histogram(60_000_000_000L, 3);
                    // one client shared by all threads (as the serdes share one), each thread on its own subjects
                    for (int i = offset; i < n; i += threads) {
                        part.recordValue(once(client, call, subjects.get(i % subjects.size()), schema));
                    }
                    return part;
                }));
            }
            for (Future<Histogram> part : parts) {
                h.add(part.get());
            }
        } finally {
            pool.shutdown();
        }
        return new Result(h, System.nanoTime() - start);
    }

    private static long once(CachingRegistryClient client, Call call, String subject, Schema schema) {
        client.reset();
        long t0 = System.nanoTime();
        if (call == Call.LOOKUP) {
            client.getId(subject, schema);
        } else {
            client.register(subject, schema);
        }
        return System.nanoTime() - t0;
    }

    /** curl on one connection (a config file of n requests, each writing its time_total), or null without curl. */
    private static Result curl(String url, Call call, List<String> subjects, Schema schema, int n, Path dir)
            throws IOException, InterruptedException {
        ObjectNode body = Json.mapper().createObjectNode().put("schema", schema.toString());
        Path bodyFile = dir.resolve("body.json");
        Files.write(bodyFile, Json.mapper().writeValueAsBytes(body));
        StringBuilder config = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                config.append("next\n");
            }
            String path = "/subjects/" + subjects.get(i % subjects.size()) + (call == Call.LOOKUP ? "" : "/versions");
            config.append("url = \"").append(url).append(path).append("\"\n")
                    .append("data-binary = \"@").append(bodyFile).append("\"\n")
                    .append("header = \"Content-Type: application/vnd.schemaregistry.v1+json\"\n")
                    .append("output = \"/dev/null\"\n")
                    .append("silent\n")
                    .append("write-out = \"%{time_total}\\n\"\n");
        }
        Path configFile = dir.resolve("curl.cfg");
        Files.writeString(configFile, config.toString(), StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("curl", "-K", configFile.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            return null;
        }
        long start = System.nanoTime();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        long elapsed = System.nanoTime() - start;
        Histogram h = new Histogram(60_000_000_000L, 3);
        for (String line : out.split("\\s+")) {
            if (!line.isBlank()) {
                h.recordValue(Math.round(Double.parseDouble(line.replace(',', '.')) * 1e9));
            }
        }
        return new Result(h, elapsed);
    }

    /** One curl process per request: a new TCP connection each time. */
    private static Result curlFresh(String url, Call call, List<String> subjects, Path dir, int n)
            throws IOException, InterruptedException {
        Histogram h = new Histogram(60_000_000_000L, 3);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String path = "/subjects/" + subjects.get(i % subjects.size()) + (call == Call.LOOKUP ? "" : "/versions");
            Process p = new ProcessBuilder("curl", "-s", "-o", "/dev/null", "-w", "%{time_total}",
                    "-H", "Content-Type: application/vnd.schemaregistry.v1+json",
                    "--data-binary", "@" + dir.resolve("body.json"), url + path).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            h.recordValue(Math.round(Double.parseDouble(out.replace(',', '.')) * 1e9));
        }
        return new Result(h, System.nanoTime() - start);
    }

    private static void print(Call call, String client, Result r, int n) {
        Histogram h = r.histogram();
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %,.0f | %.2f | %.2f | %.2f | %.2f |%n",
                call == Call.LOOKUP ? "lookup `POST /subjects/{s}`" : "register existing `POST /subjects/{s}/versions`",
                client, h.getTotalCount(), n / (r.elapsedNanos() / 1e9), ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }
}
