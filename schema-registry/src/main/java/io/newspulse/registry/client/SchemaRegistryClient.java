package io.newspulse.registry.client;

import org.apache.avro.Schema;

import java.util.List;

/**
 * Client of a Confluent-compatible Schema Registry (AVRO). Errors answered by the registry surface as
 * {@link RestClientException}; unreachable registries as {@link SchemaRegistryUnavailableException}.
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /** Registers (or finds) the schema under the subject; returns its global id. */
    default int register(String subject, Schema schema) {
        return register(subject, schema, false);
    }

    int register(String subject, Schema schema, boolean normalize);

    /**
     * Registers over the network even when an id for this subject and schema is cached (e.g. one handed over with
     * {@link #cacheId}), and caches the registry's answer.
     */
    default int registerUncached(String subject, Schema schema, boolean normalize) {
        return register(subject, schema, normalize);
    }

    /** The schema with this global id. */
    Schema getSchemaById(int id);

    /** Latest live version of a subject. */
    SchemaMetadata getLatestVersion(String subject);

    /** Confluent's name for {@link #getLatestVersion(String)}. */
    default SchemaMetadata getLatestSchemaMetadata(String subject) {
        return getLatestVersion(subject);
    }

    SchemaMetadata getSchemaMetadata(String subject, int version);

    /** Version number of this schema under the subject (404 when not registered there). */
    int getVersion(String subject, Schema schema);

    /** Global id of this schema under the subject without registering it. */
    int getId(String subject, Schema schema);

    /** Whether registering the schema under the subject would pass its compatibility level. */
    boolean testCompatibility(String subject, Schema schema);

    List<String> getAllSubjects();

    List<Integer> getAllVersions(String subject);

    /** Soft-deletes a subject; returns the versions deleted. */
    List<Integer> deleteSubject(String subject);

    /** Compatibility level of a subject ({@code null} subject = global; falls back to global). */
    String getCompatibility(String subject);

    /** Sets the level of a subject ({@code null} = global); returns the level set. */
    String updateCompatibility(String subject, String level);

    /** The live (subject, version) pairs holding this schema id; 40403 when the id is unknown. */
    default List<SubjectVersion> getAllVersionsById(int id) {
        throw new UnsupportedOperationException("getAllVersionsById");
    }

    /**
     * Remembers that {@code schema} has {@code id} under {@code subject} (as a {@link #register} would have answered), so
     * that the next register or id lookup of it needs no request. For callers that confirmed the binding otherwise.
     */
    default void cacheId(String subject, Schema schema, int id) {
    }

    @Override
    default void close() {
    }
}
