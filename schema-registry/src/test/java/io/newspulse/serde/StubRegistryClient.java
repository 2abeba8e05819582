package io.newspulse.serde;

import io.newspulse.registry.client.RestClientException;
import io.newspulse.registry.client.SchemaMetadata;
import io.newspulse.registry.client.SchemaRegistryClient;
import org.apache.avro.Schema;

import java.util.List;
import java.util.Map;

/** Read-only client answering fixed ids, so tests control the exact id written in the header. */
final class StubRegistryClient implements SchemaRegistryClient {
    private final Map<Integer, Schema> schemas;

    StubRegistryClient(Map<Integer, Schema> schemas) {
        this.schemas = schemas;
    }

    @Override
    public Schema getSchemaById(int id) {
        Schema s = schemas.get(id);
        if (s == null) {
            throw new RestClientException(404, 40403, "Schema " + id + " not found");
        }
        return s;
    }

    @Override
    public int getId(String subject, Schema schema) {
        return schemas.entrySet().stream().filter(e -> e.getValue().equals(schema)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new RestClientException(404, 40403, "Schema not found"));
    }

    @Override
    public int register(String subject, Schema schema, boolean normalize) {
        return getId(subject, schema);
    }

    @Override
    public SchemaMetadata getLatestVersion(String subject) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SchemaMetadata getSchemaMetadata(String subject, int version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int getVersion(String subject, Schema schema) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean testCompatibility(String subject, Schema schema) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> getAllSubjects() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Integer> getAllVersions(String subject) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Integer> deleteSubject(String subject) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getCompatibility(String subject) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String updateCompatibility(String subject, String level) {
        throw new UnsupportedOperationException();
    }
}
