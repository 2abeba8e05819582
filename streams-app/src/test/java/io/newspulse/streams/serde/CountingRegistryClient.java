package io.newspulse.streams.serde;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.newspulse.registry.client.SchemaMetadata;
import io.newspulse.registry.client.SchemaRegistryClient;
import io.newspulse.registry.client.SubjectVersion;
import org.apache.avro.Schema;

/** Delegates to a registry client and counts the registrations and id lookups it is asked for, per subject. */
final class CountingRegistryClient implements SchemaRegistryClient {
    private final SchemaRegistryClient delegate;
    final Map<String, AtomicInteger> resolutions = new ConcurrentHashMap<>();

    CountingRegistryClient(SchemaRegistryClient delegate) {
        this.delegate = delegate;
    }

    int resolutions() {
        return resolutions.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int resolutions(String subject) {
        AtomicInteger n = resolutions.get(subject);
        return n == null ? 0 : n.get();
    }

    /** Ids handed over with {@link #cacheId}, by subject. */
    final Map<String, Integer> handedOver = new ConcurrentHashMap<>();
    /** Subjects whose registration is refused (as a registry in read-only mode for them would). */
    final java.util.Set<String> refused = ConcurrentHashMap.newKeySet();

    @Override
    public void cacheId(String subject, Schema schema, int id) {
        handedOver.put(subject, id);
    }

    private void count(String subject) {
        if (refused.contains(subject)) {
            throw new io.newspulse.registry.client.RestClientException(422, 42205, "Subject " + subject + " is in read-only mode");
        }
        resolutions.computeIfAbsent(subject, s -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public int register(String subject, Schema schema, boolean normalize) {
        count(subject);
        return delegate.register(subject, schema, normalize);
    }

    @Override
    public int getId(String subject, Schema schema) {
        count(subject);
        return delegate.getId(subject, schema);
    }

    @Override
    public Schema getSchemaById(int id) {
        return delegate.getSchemaById(id);
    }

    @Override
    public SchemaMetadata getLatestVersion(String subject) {
        return delegate.getLatestVersion(subject);
    }

    @Override
    public SchemaMetadata getSchemaMetadata(String subject, int version) {
        return delegate.getSchemaMetadata(subject, version);
    }

    @Override
    public int getVersion(String subject, Schema schema) {
        return delegate.getVersion(subject, schema);
    }

    @Override
    public boolean testCompatibility(String subject, Schema schema) {
        return delegate.testCompatibility(subject, schema);
    }

    @Override
    public List<String> getAllSubjects() {
        return delegate.getAllSubjects();
    }

    @Override
    public List<Integer> getAllVersions(String subject) {
        return delegate.getAllVersions(subject);
    }

    @Override
    public List<SubjectVersion> getAllVersionsById(int id) {
        return delegate.getAllVersionsById(id);
    }

    @Override
    public List<Integer> deleteSubject(String subject) {
        return delegate.deleteSubject(subject);
    }

    @Override
    public String getCompatibility(String subject) {
        return delegate.getCompatibility(subject);
    }

    @Override
    public String updateCompatibility(String subject, String level) {
        return delegate.updateCompatibility(subject, level);
    }
}
