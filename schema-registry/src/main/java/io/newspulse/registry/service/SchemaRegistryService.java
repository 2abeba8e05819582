package io.newspulse.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.registry.model.CompatibilityLevel;
import io.newspulse.registry.model.Errors;
import io.newspulse.registry.model.Mode;
import io.newspulse.registry.model.RegistryException;
import io.newspulse.registry.model.SchemaIdentity;
import io.newspulse.registry.model.SchemaReference;
import io.newspulse.registry.model.SchemaRequest;
import io.newspulse.registry.model.StoredSchema;
import io.newspulse.registry.model.SubjectConfig;
import io.newspulse.registry.store.RegistryState;
import io.newspulse.registry.store.SchemaStore;
import io.newspulse.registry.store.StoreCodec;
import io.newspulse.registry.store.StoreKey;
import org.apache.avro.Schema;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The registry's rules (ids, versions, compatibility, deletes, config, mode) on top of a {@link SchemaStore}.
 * All writes of one instance are serialised by a lock; before allocating, the store is caught up with the log so
 * ids are {@code max(id)+1} over everything written by any instance.
 */
public final class SchemaRegistryService {
    private static final int WRITE_ATTEMPTS = 10;
    private static final int PARSED_TEXTS = 256;

    private final SchemaStore store;
    private final CompatibilityLevel defaultLevel;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Map<Integer, Schema> parsedById = new ConcurrentHashMap<>();
    /** Reference-free schema texts parsed lately (least recently used first out). */
    private final Map<String, AvroSchemaParser.Parsed> parsedTexts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AvroSchemaParser.Parsed> eldest) {
            return size() > PARSED_TEXTS;
        }
    };
    /** Registrations waiting for the write lock; whoever holds it writes all of them at once (group commit). */
    private final Queue<PendingRegistration> waiting = new ConcurrentLinkedQueue<>();

    public SchemaRegistryService(SchemaStore store, CompatibilityLevel defaultLevel) {
        this.store = Objects.requireNonNull(store);
        this.defaultLevel = Objects.requireNonNull(defaultLevel);
    }

    private RegistryState state() {
        return store.state();
    }

    // ---------------------------------------------------------------- register / lookup

    /** Registers a schema under a subject, or returns the existing entry when this content is already live there. */
    public StoredSchema register(String subject, SchemaRequest request, boolean normalize) {
        Optional<StoredSchema> live = liveRegistration(subject, request);
        if (live.isPresent()) {
            return live.get();
        }
        PendingRegistration mine = new PendingRegistration(subject, request);
        waiting.add(mine);
        writeLock.lock();
        try {
            if (!mine.result().isDone()) { // else a registration that held the lock before us wrote ours too
                List<PendingRegistration> batch = new ArrayList<>();
                for (PendingRegistration p; (p = waiting.poll()) != null; ) {
                    batch.add(p);
                }
                registerBatch(batch);
            }
        } finally {
            writeLock.unlock();
        }
        try {
            return mine.result().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /**
     * The answer to registering {@code request} under {@code subject} when this content is already live there as far
     * as this instance has read: that entry, whatever else is in flight, with no lock and no store round trip (every
     * start of a producer or stream app re-registers its schemas), served by followers too. Empty when the
     * registration needs a write (or a reference this instance has not read yet: decided by the writer, caught up).
     * Refusals that need no write (not AVRO, read-only subject) are thrown here.
     */
    public Optional<StoredSchema> liveRegistration(String subject, SchemaRequest request) {
        requireAvro(request);
        requireWritable(subject);
        try {
            return Optional.ofNullable(liveEntry(subject, identityOf(parse(request), request),
                    cleanMetadata(request.metadata())));
        } catch (RegistryException e) {
            return Optional.empty();
        }
    }

    /**
     * Group commit: every registration that queued while the lock was held is planned against the caught-up state
     * (later ones see the entries planned before them), written in one {@link SchemaStore#writeAll} and confirmed
     * from the state. An entry another instance overwrote is planned again, up to {@link #WRITE_ATTEMPTS} times.
     * Every registration of the batch is completed, with its entry or its error.
     */
    private void registerBatch(List<PendingRegistration> batch) {
        try {
            List<PendingRegistration> todo = batch;
            for (int attempt = 1; !todo.isEmpty(); attempt++) {
                if (attempt > WRITE_ATTEMPTS) {
                    for (PendingRegistration p : todo) {
                        p.result().completeExceptionally(new RegistryException(500, Errors.STORE_ERROR,
                                "Concurrent registration conflict for subject '" + p.subject() + "', please retry"));
                    }
                    return;
                }
                todo = writeOnce(todo);
            }
        } catch (RuntimeException | Error e) {
            batch.forEach(p -> p.result().completeExceptionally(e)); // no effect on those already completed
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /** One planning and write round; returns the registrations whose entry lost a race with another instance. */
    private List<PendingRegistration> writeOnce(List<PendingRegistration> batch) {
        store.catchUp();
        Batch planned = new Batch(state().maxId() + 1);
        for (PendingRegistration p : batch) {
            try {
                planned.plan(p);
            } catch (RuntimeException e) {
                p.result().completeExceptionally(e);
            }
        }
        List<Map.Entry<byte[], byte[]>> records = new ArrayList<>();
        for (PlannedWrite w : planned.writes) {
            records.add(new AbstractMap.SimpleImmutableEntry<>(
                    StoreCodec.encodeKey(StoreKey.schema(w.entry().subject(), w.entry().version())),
                    StoreCodec.encodeSchema(w.entry())));
        }
        store.writeAll(records);
        List<PendingRegistration> lost = new ArrayList<>();
        for (PlannedWrite w : planned.writes) {
            Optional<StoredSchema> applied = state().get(w.entry().subject(), w.entry().version());
            if (applied.isPresent() && applied.get().id() == w.entry().id()) {
                w.waiters().forEach(p -> p.result().complete(applied.get()));
            } else {
                lost.addAll(w.waiters());
            }
        }
        return lost;
    }

    /** A registration waiting for the write lock. */
    private record PendingRegistration(String subject, SchemaRequest request, CompletableFuture<StoredSchema> result) {
        PendingRegistration(String subject, SchemaRequest request) {
            this(subject, request, new CompletableFuture<>());
        }
    }

    /** An entry to write and the registrations it answers (the same content registered twice in one batch). */
    private record PlannedWrite(StoredSchema entry, List<PendingRegistration> waiters) {
    }

    /** The entries one batch plans on top of the store's state: ids, versions and parsed schemas not written yet. */
    private final class Batch {
        private int nextId;
        private final Map<SchemaIdentity, Integer> newIds = new HashMap<>();
        private final Map<Integer, Schema> newSchemas = new HashMap<>();
        private final Map<String, List<StoredSchema>> added = new HashMap<>();
        private final List<PlannedWrite> writes = new ArrayList<>();

        Batch(int nextId) {
            this.nextId = nextId;
        }

        /** Completes {@code p} with a live entry, joins it to a planned one, plans a new one, or throws its refusal. */
        void plan(PendingRegistration p) {
            String subject = p.subject();
            SchemaRequest request = p.request();
            requireWritable(subject);
            AvroSchemaParser.Parsed parsed = parse(request);
            JsonNode metadata = cleanMetadata(request.metadata());
            SchemaIdentity identity = identityOf(parsed, request);
            StoredSchema existing = liveEntry(subject, identity, metadata);
            if (existing != null) {
                p.result().complete(existing);
                return;
            }
            for (PlannedWrite w : writes) {
                if (sameContent(w.entry(), subject, identity, metadata)) {
                    w.waiters().add(p);
                    return;
                }
            }
            List<StoredSchema> versions = new ArrayList<>(state().versions(subject));
            versions.addAll(added.getOrDefault(subject, List.of()));
            List<Schema> live = new ArrayList<>();
            for (StoredSchema e : versions) {
                if (!e.deleted()) {
                    live.add(newSchemas.containsKey(e.id()) ? newSchemas.get(e.id()) : parsedById(e.id()));
                }
            }
            List<String> problems = CompatibilityChecker.check(effectiveLevel(subject), parsed.schema(), live);
            if (!problems.isEmpty()) {
                throw new RegistryException(409, Errors.INCOMPATIBLE_SCHEMA,
                        "Schema being registered is incompatible with an earlier schema for subject \""
                                + subject + "\", details: " + problems);
            }
            int id = state().idFor(identity).orElseGet(() -> newIds.computeIfAbsent(identity, k -> nextId++));
            newSchemas.putIfAbsent(id, parsed.schema());
            int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
            StoredSchema entry = new StoredSchema(subject, version, id, "AVRO", parsed.canonical(),
                    request.references(), metadata, false);
            added.computeIfAbsent(subject, k -> new ArrayList<>()).add(entry);
            writes.add(new PlannedWrite(entry, new ArrayList<>(List.of(p))));
        }
    }

    /** Whether an entry of {@code subject} holds this content (and this metadata, when the request has some). */
    private static boolean sameContent(StoredSchema e, String subject, SchemaIdentity identity, JsonNode metadata) {
        return e.subject().equals(subject) && !e.deleted() && e.identity().equals(identity)
                && (metadata == null || Objects.equals(metadata, e.metadata()));
    }

    /**
     * The request's schema parsed, from {@link #parsedTexts} when it has no references (its meaning then depends on
     * the text alone): every start of every client re-registers and looks up the same few schemas, 1,594 times on a
     * first start of the stream app, and parsing and printing a large schema was most of such a request's work.
     */
    private AvroSchemaParser.Parsed parse(SchemaRequest request) {
        if (!request.references().isEmpty()) {
            return AvroSchemaParser.parse(request.schema(), request.references(), state());
        }
        synchronized (parsedTexts) {
            AvroSchemaParser.Parsed cached = parsedTexts.get(request.schema());
            if (cached != null) {
                return cached;
            }
        }
        AvroSchemaParser.Parsed parsed = AvroSchemaParser.parse(request.schema(), List.of(), state());
        synchronized (parsedTexts) {
            parsedTexts.put(request.schema(), parsed);
        }
        return parsed;
    }

    /** What makes two registrations the same schema: type, canonical text and references. */
    private static SchemaIdentity identityOf(AvroSchemaParser.Parsed parsed, SchemaRequest request) {
        return new SchemaIdentity("AVRO", parsed.canonical(), request.references());
    }

    /** The live version of the subject holding this content (and metadata, when the request has some), or null. */
    private StoredSchema liveEntry(String subject, SchemaIdentity identity, JsonNode metadata) {
        for (StoredSchema e : state().versions(subject)) {
            if (sameContent(e, subject, identity, metadata)) {
                return e;
            }
        }
        return null;
    }

    /** Finds the version of a subject holding this schema content. */
    public StoredSchema lookup(String subject, SchemaRequest request, boolean normalize, boolean deleted) {
        requireAvro(request);
        List<StoredSchema> versions = visible(subject, deleted);
        if (versions.isEmpty()) {
            throw Errors.subjectNotFound(subject);
        }
        SchemaIdentity identity = identityOf(parse(request), request);
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).identity().equals(identity)) {
                return versions.get(i);
            }
        }
        throw Errors.schemaNotFound();
    }

    // ---------------------------------------------------------------- reads

    /** The schema bound to a global id (404 40403 when unknown). */
    public StoredSchema schemaById(int id) {
        return state().byId(id).orElseThrow(() -> Errors.schemaIdNotFound(id));
    }

    /** The parsed Avro schema of a global id. */
    public Schema parsedById(int id) {
        StoredSchema s = schemaById(id);
        return parsedById.computeIfAbsent(id, k -> AvroSchemaParser.parse(s.schema(), s.references(), state()).schema());
    }

    /** (subject, version) entries using an id. */
    public List<StoredSchema> usagesOf(int id, boolean deleted) {
        schemaById(id);
        return state().usagesOf(id).stream().filter(e -> deleted || !e.deleted()).toList();
    }

    public int maxId() {
        return state().maxId();
    }

    public List<String> subjects(String prefix, boolean deleted) {
        List<String> out = new ArrayList<>();
        for (String s : state().subjects()) {
            if ((prefix == null || s.startsWith(prefix)) && !visible(s, deleted).isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Every entry, optionally only the latest per subject. */
    public List<StoredSchema> schemas(String prefix, boolean deleted, boolean latestOnly) {
        List<StoredSchema> out = new ArrayList<>();
        for (String s : subjects(prefix, deleted)) {
            List<StoredSchema> v = visible(s, deleted);
            out.addAll(latestOnly ? v.subList(v.size() - 1, v.size()) : v);
        }
        return out;
    }

    public List<Integer> versions(String subject, boolean deleted) {
        List<StoredSchema> v = visible(subject, deleted);
        if (v.isEmpty()) {
            throw Errors.subjectNotFound(subject);
        }
        return v.stream().map(StoredSchema::version).toList();
    }

    /** One version; {@code version} is a number, {@code latest} or {@code -1}. */
    public StoredSchema version(String subject, String version, boolean deleted) {
        int v = parseVersion(version);
        List<StoredSchema> versions = visible(subject, deleted);
        if (versions.isEmpty()) {
            throw Errors.subjectNotFound(subject);
        }
        if (v == -1) {
            return versions.get(versions.size() - 1);
        }
        return versions.stream().filter(e -> e.version() == v).findFirst()
                .orElseThrow(() -> Errors.versionNotFound(v));
    }

    /** Ids of live schemas referencing the given subject version. */
    public List<Integer> referencedBy(String subject, String version) {
        StoredSchema target = version(subject, version, true);
        List<Integer> ids = new ArrayList<>();
        for (StoredSchema e : state().all()) {
            if (!e.deleted() && references(e, target) && !ids.contains(e.id())) {
                ids.add(e.id());
            }
        }
        return ids;
    }

    private static boolean references(StoredSchema e, StoredSchema target) {
        for (SchemaReference r : e.references()) {
            if (r.subject().equals(target.subject()) && r.version() == target.version()) {
                return true;
            }
        }
        return false;
    }

    /** Latest live version whose metadata properties contain every given key/value. */
    public StoredSchema latestWithMetadata(String subject, Map<String, String> properties) {
        List<StoredSchema> versions = visible(subject, false);
        if (versions.isEmpty()) {
            throw Errors.subjectNotFound(subject);
        }
        for (int i = versions.size() - 1; i >= 0; i--) {
            JsonNode props = versions.get(i).metadata() == null ? null : versions.get(i).metadata().get("properties");
            if (props != null && properties.entrySet().stream()
                    .allMatch(p -> props.has(p.getKey()) && props.get(p.getKey()).asText().equals(p.getValue()))) {
                return versions.get(i);
            }
        }
        throw Errors.schemaNotFound();
    }

    // ---------------------------------------------------------------- deletes

    /** Soft- (or, after a soft delete, permanently) deletes a subject; returns the versions deleted. */
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        writeLock.lock();
        try {
            requireWritable(subject);
            store.catchUp();
            List<StoredSchema> all = state().versions(subject);
            if (all.isEmpty()) {
                throw Errors.subjectNotFound(subject);
            }
            List<Integer> out = new ArrayList<>();
            if (permanent) {
                if (all.stream().anyMatch(e -> !e.deleted())) {
                    throw new RegistryException(404, Errors.SUBJECT_NOT_SOFT_DELETED, "Subject '" + subject
                            + "' was not deleted first before being permanently deleted");
                }
                for (StoredSchema e : all) {
                    store.write(StoreCodec.encodeKey(StoreKey.schema(subject, e.version())), null);
                    out.add(e.version());
                }
                if (state().config(subject).isPresent()) {
                    store.write(StoreCodec.encodeKey(StoreKey.config(subject)), null);
                }
                if (state().mode(subject).isPresent()) {
                    store.write(StoreCodec.encodeKey(StoreKey.mode(subject)), null);
                }
                return out;
            }
            if (all.stream().allMatch(StoredSchema::deleted)) {
                throw new RegistryException(404, Errors.SUBJECT_SOFT_DELETED, "Subject '" + subject
                        + "' was soft deleted.Set permanent=true to delete permanently");
            }
            for (StoredSchema e : all) {
                if (!e.deleted()) {
                    requireUnreferenced(e);
                }
            }
            for (StoredSchema e : all) {
                if (!e.deleted()) {
                    store.write(StoreCodec.encodeKey(StoreKey.schema(subject, e.version())),
                            StoreCodec.encodeSchema(e.withDeleted(true)));
                    out.add(e.version());
                }
            }
            return out;
        } finally {
            writeLock.unlock();
        }
    }

    /** Soft- (or, after a soft delete, permanently) deletes one version; returns its number. */
    public int deleteVersion(String subject, String version, boolean permanent) {
        int requested = parseVersion(version);
        writeLock.lock();
        try {
            requireWritable(subject);
            store.catchUp();
            StoredSchema e = version(subject, version, permanent || requested != -1);
            if (permanent) {
                if (!e.deleted()) {
                    throw new RegistryException(404, Errors.VERSION_NOT_SOFT_DELETED, "Subject '" + subject
                            + "' Version " + e.version() + " was not deleted first before being permanently deleted");
                }
                store.write(StoreCodec.encodeKey(StoreKey.schema(subject, e.version())), null);
                return e.version();
            }
            if (e.deleted()) {
                throw new RegistryException(404, Errors.VERSION_SOFT_DELETED, "Subject '" + subject + "' Version "
                        + e.version() + " was soft deleted.Set permanent=true to delete permanently");
            }
            requireUnreferenced(e);
            store.write(StoreCodec.encodeKey(StoreKey.schema(subject, e.version())),
                    StoreCodec.encodeSchema(e.withDeleted(true)));
            return e.version();
        } finally {
            writeLock.unlock();
        }
    }

    private void requireUnreferenced(StoredSchema e) {
        for (StoredSchema other : state().all()) {
            if (!other.deleted() && references(other, e)) {
                throw new RegistryException(422, Errors.REFERENCE_EXISTS, "One or more references exist to the schema {"
                        + "subject=" + e.subject() + ",version=" + e.version() + "}.");
            }
        }
    }

    // ---------------------------------------------------------------- compatibility

    /**
     * Tests a schema against one version ({@code version} non-null) or against the subject's versions as its
     * level prescribes; returns the incompatibilities (empty = compatible).
     */
    public List<String> testCompatibility(String subject, String version, SchemaRequest request) {
        requireAvro(request);
        AvroSchemaParser.Parsed parsed = parse(request);
        CompatibilityLevel level = effectiveLevel(subject);
        if (version != null) {
            StoredSchema target = version(subject, version, false);
            return CompatibilityChecker.check(level, parsed.schema(), List.of(parsedById(target.id())));
        }
        return CompatibilityChecker.check(level, parsed.schema(), liveSchemas(state().versions(subject)));
    }

    private List<Schema> liveSchemas(List<StoredSchema> versions) {
        List<Schema> out = new ArrayList<>();
        for (StoredSchema e : versions) {
            if (!e.deleted()) {
                out.add(parsedById(e.id()));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- config and mode

    /** The level applying to a subject: its own, else the global one, else the configured default. */
    public CompatibilityLevel effectiveLevel(String subject) {
        return state().config(subject).or(() -> state().config(null)).orElse(defaultLevel);
    }

    public CompatibilityLevel globalLevel() {
        return state().config(null).orElse(defaultLevel);
    }

    public Optional<CompatibilityLevel> subjectLevel(String subject) {
        return state().config(subject);
    }

    /** The level this registry starts with ({@code schema.compatibility.level}). */
    public CompatibilityLevel defaultLevel() {
        return defaultLevel;
    }

    /** The whole config stored globally ({@code subject == null}) or for the subject, if any. */
    public Optional<SubjectConfig> config(String subject) {
        return state().configEntry(subject);
    }

    /** Sets the global ({@code subject == null}) or subject level, keeping the other config fields. */
    public void setLevel(String subject, CompatibilityLevel level) {
        updateConfig(subject, SubjectConfig.ofLevel(level));
    }

    /**
     * Merges {@code update} into the global ({@code subject == null}) or subject config: the fields it sets replace
     * the stored ones, the others stay (as Confluent Platform does). Returns the config now stored.
     */
    public SubjectConfig updateConfig(String subject, SubjectConfig update) {
        writeLock.lock();
        try {
            store.catchUp();
            SubjectConfig merged = state().configEntry(subject).map(c -> c.merge(update)).orElse(update);
            store.write(StoreCodec.encodeKey(StoreKey.config(subject)), StoreCodec.encodeConfig(merged));
            return merged;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Removes a subject or the global config; returns what applied before: the stored config, else (no config of
     * its own) the level that applied.
     */
    public SubjectConfig deleteConfig(String subject) {
        writeLock.lock();
        try {
            store.catchUp();
            Optional<SubjectConfig> stored = state().configEntry(subject);
            if (subject != null && state().versions(subject).isEmpty() && stored.isEmpty()) {
                throw Errors.subjectNotFound(subject);
            }
            SubjectConfig before = stored.orElseGet(() -> SubjectConfig.ofLevel(
                    subject == null ? globalLevel() : effectiveLevel(subject)));
            store.write(StoreCodec.encodeKey(StoreKey.config(subject)), null);
            return before;
        } finally {
            writeLock.unlock();
        }
    }

    public Mode globalMode() {
        return state().mode(null).orElse(Mode.READWRITE);
    }

    public Optional<Mode> subjectMode(String subject) {
        return state().mode(subject);
    }

    public Mode effectiveMode(String subject) {
        return state().mode(subject).or(() -> state().mode(null)).orElse(Mode.READWRITE);
    }

    /** Sets the global ({@code subject == null}) or subject mode. */
    public void setMode(String subject, Mode mode) {
        writeLock.lock();
        try {
            store.write(StoreCodec.encodeKey(StoreKey.mode(subject)), StoreCodec.encodeMode(mode));
        } finally {
            writeLock.unlock();
        }
    }

    /** Removes a subject or the global mode; returns the mode that applied before. */
    public Mode deleteMode(String subject) {
        writeLock.lock();
        try {
            store.catchUp();
            Mode before = subject == null ? globalMode() : effectiveMode(subject);
            store.write(StoreCodec.encodeKey(StoreKey.mode(subject)), null);
            return before;
        } finally {
            writeLock.unlock();
        }
    }

    // ---------------------------------------------------------------- helpers

    private void requireWritable(String subject) {
        if (!effectiveMode(subject).writable()) {
            throw new RegistryException(422, Errors.OPERATION_NOT_PERMITTED,
                    "Subject '" + subject + "' is in read-only mode");
        }
    }

    private static void requireAvro(SchemaRequest request) {
        if (request == null || request.schema() == null) {
            throw Errors.invalidSchema("schema is missing");
        }
        if (request.schemaType() != null && !"AVRO".equalsIgnoreCase(request.schemaType())) {
            throw Errors.invalidSchema("schema type '" + request.schemaType() + "' is not supported (AVRO only)");
        }
    }

    private List<StoredSchema> visible(String subject, boolean deleted) {
        return state().versions(subject).stream().filter(e -> deleted || !e.deleted()).toList();
    }

    private static JsonNode cleanMetadata(JsonNode metadata) {
        if (metadata == null || !metadata.isObject()) {
            return null;
        }
        boolean hasContent = false;
        for (Map.Entry<String, JsonNode> e : metadata.properties()) {
            JsonNode v = e.getValue();
            if (!v.isNull() && !(v.isContainerNode() && v.isEmpty())) {
                hasContent = true;
            }
        }
        return hasContent ? metadata : null;
    }

    /** Parses a version path segment: a positive int, {@code latest} or {@code -1} (both returned as -1). */
    public static int parseVersion(String version) {
        if ("latest".equalsIgnoreCase(version)) {
            return -1;
        }
        try {
            int v = Integer.parseInt(version);
            if (v == -1 || v >= 1) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw Errors.invalidVersion(version);
    }
}
