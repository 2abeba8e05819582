package io.newspulse.registry.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * HTTP {@link SchemaRegistryClient} with caches (id to schema, subject+schema to id and version), URL failover,
 * and exponential-backoff retries on I/O errors and 5xx/408/429 answers. Other 4xx answers are not retried.
 */
public final class CachingRegistryClient implements SchemaRegistryClient {
    private static final Logger LOG = LoggerFactory.getLogger(CachingRegistryClient.class);
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final List<String> urls;
    private final HttpClient http;
    private final String authorization;
    private final int maxRetries;
    private final long retryWaitMs;
    private final long retryMaxWaitMs;
    private final Duration readTimeout;
    private volatile int preferred;

    private final Map<Integer, Schema> schemaById = new ConcurrentHashMap<>();
    private final Map<String, Map<Schema, Integer>> idBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<String, Map<Schema, Integer>> versionBySubjectSchema = new ConcurrentHashMap<>();

    public CachingRegistryClient(Map<String, ?> config) {
        String url = ClientConfig.string(config, ClientConfig.URL, null);
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(ClientConfig.URL + " is required");
        }
        List<String> list = new ArrayList<>();
        for (String u : url.split(",")) {
            if (!u.isBlank()) {
                list.add(stripSlash(u.trim()));
            }
        }
        this.urls = List.copyOf(list);
        this.authorization = authorization(config, urls.get(0));
        this.maxRetries = (int) ClientConfig.number(config, ClientConfig.MAX_RETRIES, 3);
        this.retryWaitMs = ClientConfig.number(config, ClientConfig.RETRIES_WAIT_MS, 1000);
        this.retryMaxWaitMs = ClientConfig.number(config, ClientConfig.RETRIES_MAX_WAIT_MS, 20_000);
        this.readTimeout = Duration.ofMillis(ClientConfig.number(config, ClientConfig.READ_TIMEOUT_MS, 30_000));
        // HTTP/1.1 explicitly: the registry speaks nothing else (no h2c upgrade attempts); connections are kept alive
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(ClientConfig.number(config, ClientConfig.CONNECT_TIMEOUT_MS, 10_000)));
        String trustStore = ClientConfig.string(config, ClientConfig.TRUSTSTORE_LOCATION, null);
        if (trustStore != null && !trustStore.isBlank()) {
            b.sslContext(sslContext(trustStore, ClientConfig.string(config, ClientConfig.TRUSTSTORE_PASSWORD, ""),
                    ClientConfig.string(config, ClientConfig.TRUSTSTORE_TYPE, KeyStore.getDefaultType())));
        }
        this.http = b.build();
    }

    private static String stripSlash(String u) {
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static String authorization(Map<String, ?> config, String firstUrl) {
        String source = ClientConfig.string(config, ClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "");
        String userInfo = null;
        if ("USER_INFO".equalsIgnoreCase(source) || (source.isEmpty()
                && ClientConfig.string(config, ClientConfig.BASIC_AUTH_USER_INFO, null) != null)) {
            userInfo = ClientConfig.string(config, ClientConfig.BASIC_AUTH_USER_INFO, null);
        } else if ("URL".equalsIgnoreCase(source)) {
            userInfo = URI.create(firstUrl).getUserInfo();
        }
        return userInfo == null || userInfo.isBlank() ? null
                : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    private static SSLContext sslContext(String location, String password, String type) {
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            KeyStore ks = KeyStore.getInstance(type);
            ks.load(in, password.toCharArray());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot load trust store " + location + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- API

    @Override
    public int register(String subject, Schema schema, boolean normalize) {
        Integer cached = cache(idBySubjectSchema, subject).get(schema);
        if (cached != null) {
            return cached;
        }
        return registerUncached(subject, schema, normalize);
    }

    @Override
    public int registerUncached(String subject, Schema schema, boolean normalize) {
        JsonNode answer = send("POST", "/subjects/" + encode(subject) + "/versions" + (normalize ? "?normalize=true" : ""),
                schemaBody(schema));
        int id = answer.path("id").asInt();
        cache(idBySubjectSchema, subject).put(schema, id);
        if (answer.has("version")) {
            cache(versionBySubjectSchema, subject).put(schema, answer.get("version").asInt());
        }
        schemaById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public Schema getSchemaById(int id) {
        Schema cached = schemaById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = send("GET", "/schemas/ids/" + id, null);
        Schema.Parser parser = new Schema.Parser();
        loadReferences(answer.get("references"), parser, new HashSet<>());
        Schema schema = parser.parse(answer.path("schema").asText());
        schemaById.putIfAbsent(id, schema);
        return schema;
    }

    private void loadReferences(JsonNode refs, Schema.Parser parser, Set<String> seen) {
        if (refs == null || !refs.isArray()) {
            return;
        }
        for (JsonNode ref : refs) {
            String subject = ref.path("subject").asText();
            String version = ref.path("version").asText();
            if (!seen.add(subject + "\u0000" + version)) {
                continue;
            }
            JsonNode target = send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null);
            loadReferences(target.get("references"), parser, seen);
            parser.parse(target.path("schema").asText());
        }
    }

    @Override
    public SchemaMetadata getLatestVersion(String subject) {
        return meta(send("GET", "/subjects/" + encode(subject) + "/versions/latest", null));
    }

    @Override
    public SchemaMetadata getSchemaMetadata(String subject, int version) {
        return meta(send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null));
    }

    @Override
    public int getVersion(String subject, Schema schema) {
        Integer cached = cache(versionBySubjectSchema, subject).get(schema);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = send("POST", "/subjects/" + encode(subject), schemaBody(schema));
        cache(idBySubjectSchema, subject).put(schema, answer.path("id").asInt());
        cache(versionBySubjectSchema, subject).put(schema, answer.path("version").asInt());
        return answer.path("version").asInt();
    }

    @Override
    public int getId(String subject, Schema schema) {
        Integer cached = cache(idBySubjectSchema, subject).get(schema);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = send("POST", "/subjects/" + encode(subject), schemaBody(schema));
        int id = answer.path("id").asInt();
        cache(idBySubjectSchema, subject).put(schema, id);
        cache(versionBySubjectSchema, subject).put(schema, answer.path("version").asInt());
        schemaById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public List<SubjectVersion> getAllVersionsById(int id) {
        List<SubjectVersion> out = new ArrayList<>();
        send("GET", "/schemas/ids/" + id + "/versions", null)
                .forEach(n -> out.add(new SubjectVersion(n.path("subject").asText(), n.path("version").asInt())));
        return out;
    }

    @Override
    public void cacheId(String subject, Schema schema, int id) {
        cache(idBySubjectSchema, subject).put(schema, id);
        schemaById.putIfAbsent(id, schema);
    }

    @Override
    public boolean testCompatibility(String subject, Schema schema) {
        return send("POST", "/compatibility/subjects/" + encode(subject) + "/versions", schemaBody(schema))
                .path("is_compatible").asBoolean(false);
    }

    @Override
    public List<String> getAllSubjects() {
        List<String> out = new ArrayList<>();
        send("GET", "/subjects", null).forEach(n -> out.add(n.asText()));
        return out;
    }

    @Override
    public List<Integer> getAllVersions(String subject) {
        List<Integer> out = new ArrayList<>();
        send("GET", "/subjects/" + encode(subject) + "/versions", null).forEach(n -> out.add(n.asInt()));
        return out;
    }

    @Override
    public List<Integer> deleteSubject(String subject) {
        List<Integer> out = new ArrayList<>();
        send("DELETE", "/subjects/" + encode(subject), null).forEach(n -> out.add(n.asInt()));
        idBySubjectSchema.remove(subject);
        versionBySubjectSchema.remove(subject);
        return out;
    }

    @Override
    public String getCompatibility(String subject) {
        String path = subject == null ? "/config" : "/config/" + encode(subject) + "?defaultToGlobal=true";
        return send("GET", path, null).path("compatibilityLevel").asText();
    }

    @Override
    public String updateCompatibility(String subject, String level) {
        String path = subject == null ? "/config" : "/config/" + encode(subject);
        ObjectNode body = Json.mapper().createObjectNode().put("compatibility", level);
        return send("PUT", path, body).path("compatibility").asText();
    }

    // ---------------------------------------------------------------- transport

    private static Map<Schema, Integer> cache(Map<String, Map<Schema, Integer>> caches, String subject) {
        return caches.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
    }

    private static ObjectNode schemaBody(Schema schema) {
        return Json.mapper().createObjectNode().put("schema", schema.toString());
    }

    private static SchemaMetadata meta(JsonNode n) {
        return new SchemaMetadata(n.path("id").asInt(), n.path("version").asInt(), n.path("subject").asText(),
                n.path("schema").asText());
    }

    /** Percent-encodes a subject for use as one path segment. */
    static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(String method, String pathAndQuery, JsonNode body) {
        byte[] payload;
        try {
            payload = body == null ? new byte[0] : Json.mapper().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode request", e);
        }
        RuntimeException last = null;
        boolean staleConnection = false;
        for (int attempt = 0; attempt <= maxRetries; attempt++) {
            if (attempt == 1 && staleConnection) {
                // the first I/O error is retried at once: a kept-alive connection the server had just closed (the
                // JDK client may hand one out while its close is in flight) says nothing about the registry's health
                staleConnection = false;
            } else if (attempt > 0) {
                backoff(attempt);
            }
            for (int i = 0; i < urls.size(); i++) {
                int idx = (preferred + i) % urls.size();
                try {
                    JsonNode answer = sendOnce(urls.get(idx), method, pathAndQuery, payload);
                    preferred = idx;
                    return answer;
                } catch (RestClientException e) {
                    if (!e.retriable()) {
                        throw e;
                    }
                    last = e;
                } catch (IOException e) {
                    staleConnection = attempt == 0 && i == 0;
                    last = new SchemaRegistryUnavailableException("Schema registry " + urls.get(idx)
                            + " is unreachable: " + e.getMessage(), e);
                }
                LOG.debug("{} {} on {} failed (attempt {}): {}", method, pathAndQuery, urls.get(idx), attempt,
                        last.getMessage());
            }
        }
        if (last instanceof SchemaRegistryUnavailableException u) {
            throw new SchemaRegistryUnavailableException("No schema registry reachable at " + urls + " after "
                    + (maxRetries + 1) + " attempts", u.getCause());
        }
        throw last;
    }

    private void backoff(int attempt) {
        long wait = Math.min(retryMaxWaitMs, retryWaitMs * (1L << Math.min(attempt - 1, 20)));
        wait = wait / 2 + ThreadLocalRandom.current().nextLong(wait / 2 + 1);
        try {
            TimeUnit.MILLISECONDS.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryUnavailableException("Interrupted while retrying", e);
        }
    }

    private JsonNode sendOnce(String base, String method, String pathAndQuery, byte[] payload) throws IOException {
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(readTimeout)
                .header("Accept", CONTENT_TYPE + ", application/json")
                .header("Content-Type", CONTENT_TYPE)
                .method(method, payload.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(payload));
        if (authorization != null) {
            rb.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryUnavailableException("Interrupted while calling the schema registry", e);
        }
        JsonNode json = null;
        try {
            json = response.body().length == 0 ? null : Json.mapper().readTree(response.body());
        } catch (IOException e) {
            if (response.statusCode() < 300) {
                throw new RestClientException(response.statusCode(), 50005, "Unreadable registry answer");
            }
        }
        if (response.statusCode() >= 200 && response.statusCode() < 300) {
            return json == null ? Json.mapper().nullNode() : json;
        }
        int code = json != null && json.has("error_code") ? json.get("error_code").asInt() : response.statusCode();
        String message = json != null && json.has("message") ? json.get("message").asText()
                : "HTTP " + response.statusCode();
        throw new RestClientException(response.statusCode(), code, message);
    }

    /** Drops every cached entry. */
    public void reset() {
        schemaById.clear();
        idBySubjectSchema.clear();
        versionBySubjectSchema.clear();
    }
}
