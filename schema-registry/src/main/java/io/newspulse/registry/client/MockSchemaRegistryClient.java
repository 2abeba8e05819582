package io.newspulse.registry.client;

import io.newspulse.registry.model.CompatibilityLevel;
import io.newspulse.registry.model.RegistryException;
import io.newspulse.registry.model.SchemaRequest;
import io.newspulse.registry.model.StoredSchema;
import io.newspulse.registry.service.SchemaRegistryService;
import io.newspulse.registry.store.InMemorySchemaStore;
import org.apache.avro.Schema;

import java.util.List;
import java.util.function.Supplier;

/**
 * In-memory {@link SchemaRegistryClient} running the real registry rules (same ids, versions, compatibility and
 * errors as the server) without HTTP. Obtain shared instances with {@link MockSchemaRegistry#getClientForScope}.
 */
public final class MockSchemaRegistryClient implements SchemaRegistryClient {
    private final SchemaRegistryService service;

    public MockSchemaRegistryClient() {
        this(CompatibilityLevel.BACKWARD);
    }

    public MockSchemaRegistryClient(CompatibilityLevel defaultLevel) {
        this.service = new SchemaRegistryService(new InMemorySchemaStore(), defaultLevel);
    }

    private static <T> T call(Supplier<T> op) {
        try {
            return op.get();
        } catch (RegistryException e) {
            throw new RestClientException(e.status(), e.errorCode(), e.getMessage());
        }
    }

    @Override
    public int register(String subject, Schema schema, boolean normalize) {
        return call(() -> service.register(subject, SchemaRequest.of(schema.toString()), normalize).id());
    }

    @Override
    public Schema getSchemaById(int id) {
        return call(() -> service.parsedById(id));
    }

    @Override
    public SchemaMetadata getLatestVersion(String subject) {
        return call(() -> meta(service.version(subject, "latest", false)));
    }

    @Override
    public SchemaMetadata getSchemaMetadata(String subject, int version) {
        return call(() -> meta(service.version(subject, Integer.toString(version), false)));
    }

    @Override
    public int getVersion(String subject, Schema schema) {
        return call(() -> service.lookup(subject, SchemaRequest.of(schema.toString()), false, false).version());
    }

    @Override
    public int getId(String subject, Schema schema) {
        return call(() -> service.lookup(subject, SchemaRequest.of(schema.toString()), false, false).id());
    }

    @Override
    public List<SubjectVersion> getAllVersionsById(int id) {
        return call(() -> service.usagesOf(id, false).stream().map(e -> new SubjectVersion(e.subject(), e.version())).toList());
    }

    @Override
    public boolean testCompatibility(String subject, Schema schema) {
        return call(() -> service.testCompatibility(subject, null, SchemaRequest.of(schema.toString())).isEmpty());
    }

    @Override
    public List<String> getAllSubjects() {
        return call(() -> service.subjects(null, false));
    }

    @Override
    public List<Integer> getAllVersions(String subject) {
        return call(() -> service.versions(subject, false));
    }

    @Override
    public List<Integer> deleteSubject(String subject) {
        return call(() -> service.deleteSubject(subject, false));
    }

    @Override
    public String getCompatibility(String subject) {
        return call(() -> (subject == null ? service.globalLevel() : service.effectiveLevel(subject)).name());
    }

    @Override
    public String updateCompatibility(String subject, String level) {
        return call(() -> {
            CompatibilityLevel l = CompatibilityLevel.parse(level);
            service.setLevel(subject, l);
            return l.name();
        });
    }

    private static SchemaMetadata meta(StoredSchema s) {
        return new SchemaMetadata(s.id(), s.version(), s.subject(), s.schema());
    }
}
