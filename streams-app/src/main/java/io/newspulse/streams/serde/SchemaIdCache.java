package io.newspulse.streams.serde;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema ids {@link OutputSchemas} resolved in an earlier start, persisted as JSON
 * ({@code {"entries":[{"subject","fingerprint","id"}]}}). An entry is only a claim: {@link OutputSchemas} has the
 * registry confirm it before using it. A missing or unreadable file is an empty cache.
 */
final class SchemaIdCache {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaIdCache.class);

    private final Path file;
    private final Map<String, Integer> ids = new TreeMap<>();
    /** Fingerprints by schema instance: the same few schema objects are looked up for every topic. */
    private final Map<Schema, String> fingerprints = new java.util.IdentityHashMap<>();

    private SchemaIdCache(Path file) {
        this.file = file;
    }

    /** The cache stored in {@code file} (empty when there is none or it cannot be read). */
    static SchemaIdCache load(Path file) {
        SchemaIdCache cache = new SchemaIdCache(file);
        if (!Files.isRegularFile(file)) {
            return cache;
        }
        try {
            JsonNode root = Json.mapper().readTree(file.toFile());
            for (JsonNode e : root.path("entries")) {
                if (e.path("subject").isTextual() && e.path("fingerprint").isTextual() && e.path("id").canConvertToInt()) {
                    cache.ids.put(key(e.get("subject").asText(), e.get("fingerprint").asText()), e.get("id").asInt());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the unreadable schema id cache {}: {}", file, e.getMessage());
            cache.ids.clear();
        }
        return cache;
    }

    /** The id claimed for this schema under this subject, or null. */
    synchronized Integer get(String subject, Schema schema) {
        return ids.get(key(subject, fingerprints.computeIfAbsent(schema, SchemaIdCache::fingerprint)));
    }

    synchronized void put(String subject, Schema schema, int id) {
        ids.put(key(subject, fingerprints.computeIfAbsent(schema, SchemaIdCache::fingerprint)), id);
    }

    synchronized int size() {
        return ids.size();
    }

    /** Writes the cache (to a temporary file first, then moved over the old one); failures are only logged. */
    synchronized void save() {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode entries = root.putArray("entries");
        ids.forEach((k, id) -> {
            int sep = k.lastIndexOf('\u0000');
            entries.addObject().put("subject", k.substring(0, sep)).put("fingerprint", k.substring(sep + 1)).put("id", id);
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, Json.mapper().writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Cannot write the schema id cache {}: {}", file, e.getMessage());
        }
    }

    private static String key(String subject, String fingerprint) {
        return subject + '\u0000' + fingerprint;
    }

    /** SHA-256 of the schema's full JSON (defaults and docs included: compatibility depends on them). */
    static String fingerprint(Schema schema) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(schema.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
