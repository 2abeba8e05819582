package io.newspulse.registry.store;

import io.newspulse.registry.model.CompatibilityLevel;
import io.newspulse.registry.model.Mode;
import io.newspulse.registry.model.SchemaIdentity;
import io.newspulse.registry.model.StoredSchema;
import io.newspulse.registry.model.SubjectConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * In-memory view of the store topic. Records are applied in log order by one thread; reads are concurrent.
 * Conflict rule: a SCHEMA record that binds an id already bound to different schema content is ignored
 * (first writer wins), so replaying the log always rebuilds the same state.
 */
public final class RegistryState {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryState.class);
    private static final String GLOBAL = "";

    private final Map<String, NavigableMap<Integer, StoredSchema>> subjects = new ConcurrentHashMap<>();
    private final Map<Integer, StoredSchema> byId = new ConcurrentHashMap<>();
    private final Map<SchemaIdentity, Integer> idByIdentity = new ConcurrentHashMap<>();
    private final Map<String, SubjectConfig> configs = new ConcurrentHashMap<>();
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private volatile int maxId;

    /** Applies one raw record; undecodable or unknown records are logged and skipped. */
    public synchronized void apply(byte[] rawKey, byte[] rawValue) {
        StoreKey key;
        try {
            key = StoreCodec.decodeKey(rawKey);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Skipping store record with unreadable key: {}", e.getMessage());
            return;
        }
        if (key == null) {
            return;
        }
        try {
            switch (key.type()) {
                case SCHEMA -> applySchema(key, rawValue == null ? null : StoreCodec.decodeSchema(rawValue));
                case CONFIG -> put(configs, key.subject(), rawValue == null ? null : StoreCodec.decodeConfig(rawValue));
                case MODE -> put(modes, key.subject(), rawValue == null ? null : StoreCodec.decodeMode(rawValue));
                default -> throw new IllegalStateException("unhandled key type " + key.type());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Skipping store record {} with unreadable value: {}", key, e.getMessage());
        }
    }

    private static <T> void put(Map<String, T> map, String subject, T value) {
        String k = subject == null ? GLOBAL : subject;
        if (value == null) {
            map.remove(k);
        } else {
            map.put(k, value);
        }
    }

    private void applySchema(StoreKey key, StoredSchema value) {
        NavigableMap<Integer, StoredSchema> versions =
                subjects.computeIfAbsent(key.subject(), s -> new ConcurrentSkipListMap<>());
        if (value == null) {
            StoredSchema removed = versions.remove(key.version());
            if (versions.isEmpty()) {
                subjects.remove(key.subject());
            }
            if (removed != null) {
                forgetIdIfUnused(removed.id());
            }
            return;
        }
        StoredSchema bound = byId.get(value.id());
        if (bound != null && !bound.identity().equals(value.identity())) {
            LOG.warn("Ignoring record for subject '{}' version {}: id {} is already bound to another schema",
                    key.subject(), key.version(), value.id());
            if (versions.isEmpty()) {
                subjects.remove(key.subject());
            }
            return;
        }
        StoredSchema previous = versions.put(key.version(), value);
        byId.putIfAbsent(value.id(), value);
        idByIdentity.putIfAbsent(value.identity(), value.id());
        maxId = Math.max(maxId, value.id());
        if (previous != null && previous.id() != value.id()) {
            forgetIdIfUnused(previous.id());
        }
    }

    private void forgetIdIfUnused(int id) {
        boolean used = subjects.values().stream().flatMap(v -> v.values().stream()).anyMatch(s -> s.id() == id);
        if (!used) {
            StoredSchema gone = byId.remove(id);
            if (gone != null) {
                idByIdentity.remove(gone.identity(), id);
            }
        }
    }

    /** All versions of a subject, soft-deleted included, in version order. */
    public List<StoredSchema> versions(String subject) {
        NavigableMap<Integer, StoredSchema> v = subjects.get(subject);
        return v == null ? List.of() : new ArrayList<>(v.values());
    }

    public Optional<StoredSchema> get(String subject, int version) {
        NavigableMap<Integer, StoredSchema> v = subjects.get(subject);
        return v == null ? Optional.empty() : Optional.ofNullable(v.get(version));
    }

    /** Every subject that has at least one version (soft-deleted or not), sorted. */
    public List<String> subjects() {
        return new ArrayList<>(new TreeSet<>(subjects.keySet()));
    }

    public Optional<StoredSchema> byId(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Integer> idFor(SchemaIdentity identity) {
        return Optional.ofNullable(idByIdentity.get(identity));
    }

    /** Every (subject, version) entry using a global id. */
    public List<StoredSchema> usagesOf(int id) {
        List<StoredSchema> out = new ArrayList<>();
        for (String s : subjects()) {
            for (StoredSchema e : versions(s)) {
                if (e.id() == id) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** Every entry of every subject. */
    public List<StoredSchema> all() {
        List<StoredSchema> out = new ArrayList<>();
        for (String s : subjects()) {
            out.addAll(versions(s));
        }
        return out;
    }

    /** The compatibility level set globally ({@code subject == null}) or for the subject, if any. */
    public Optional<CompatibilityLevel> config(String subject) {
        return configEntry(subject).map(SubjectConfig::compatibilityLevel);
    }

    /** The whole config stored globally ({@code subject == null}) or for the subject, if any. */
    public Optional<SubjectConfig> configEntry(String subject) {
        return Optional.ofNullable(configs.get(subject == null ? GLOBAL : subject));
    }

    public Optional<Mode> mode(String subject) {
        return Optional.ofNullable(modes.get(subject == null ? GLOBAL : subject));
    }

    /** Highest global id ever applied by this state. */
    public int maxId() {
        return maxId;
    }
}
