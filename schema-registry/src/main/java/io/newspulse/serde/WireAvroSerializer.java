package io.newspulse.serde;

import io.newspulse.registry.client.SchemaMetadata;
import io.newspulse.registry.client.SchemaRegistryClient;
import io.newspulse.registry.client.SchemaRegistryClients;
import io.newspulse.serde.subject.SubjectNameStrategy;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Serializes Avro values (GenericRecord, SpecificRecord, enum/fixed or primitives) in the Confluent wire format,
 * registering or looking up the schema under the configured subject. {@code null} is written as {@code null}.
 */
public class WireAvroSerializer implements Serializer<Object> {
    private SchemaRegistryClient client;
    private boolean isKey;
    private boolean autoRegister = true;
    private boolean useLatest;
    private boolean normalize;
    private SubjectNameStrategy strategy;

    /** For configuration by class name; {@link #configure} creates the client. */
    public WireAvroSerializer() {
    }

    /** Uses the given client (configure still reads the other settings). */
    public WireAvroSerializer(SchemaRegistryClient client) {
        this.client = client;
    }

    /** Uses the given client and configures at once. */
    public WireAvroSerializer(SchemaRegistryClient client, Map<String, ?> config, boolean isKey) {
        this.client = client;
        configure(config, isKey);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig cfg = new AvroSerdeConfig(configs);
        this.isKey = isKey;
        this.autoRegister = cfg.getBoolean(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS);
        this.useLatest = cfg.getBoolean(AvroSerdeConfig.USE_LATEST_VERSION);
        this.normalize = cfg.getBoolean(AvroSerdeConfig.NORMALIZE_SCHEMAS);
        this.strategy = cfg.subjectNameStrategy(isKey);
        if (client == null) {
            client = SchemaRegistryClients.create(configs);
        }
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (client == null || strategy == null) {
            throw new SerializationException("WireAvroSerializer for topic '" + topic + "' is not configured");
        }
        Schema schema;
        try {
            schema = AvroDatumSupport.schemaOf(data);
        } catch (IllegalArgumentException e) {
            throw new SerializationException("Cannot serialize value for topic '" + topic + "': " + e.getMessage());
        }
        String subject = strategy.subjectName(topic, isKey, schema);
        int id;
        try {
            id = schemaId(subject, schema);
        } catch (SerializationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SerializationException("Cannot get schema id for subject '" + subject + "' of topic '"
                    + topic + "': " + e.getMessage(), e);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64);
            out.write(WireFormat.MAGIC_BYTE);
            out.write(ByteBuffer.allocate(4).putInt(id).array());
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            GenericData model = AvroDatumSupport.modelFor(data);
            @SuppressWarnings("unchecked")
            DatumWriter<Object> writer = (DatumWriter<Object>) model.createDatumWriter(schema);
            writer.write(data, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Error serializing Avro value for topic '" + topic + "': "
                    + e.getMessage(), e);
        }
    }

    /**
     * Resolves (registers or looks up, as configured) the id of {@code schema} under the subject it would get for
     * {@code topic}, so that the first {@link #serialize} of that topic needs no registry call. Throws what the
     * client throws: a {@link org.apache.kafka.common.errors.RetriableException} when the registry is unreachable.
     */
    public int prepare(String topic, Schema schema) {
        if (client == null || strategy == null) {
            throw new IllegalStateException("WireAvroSerializer for topic '" + topic + "' is not configured");
        }
        return schemaId(strategy.subjectName(topic, isKey, schema), schema);
    }

    /**
     * Registers {@code schema} under {@code topic}'s subject over the network even when its id is cached, e.g. to
     * register a subject whose id was handed over ahead of the registration.
     */
    public int registerNow(String topic, Schema schema) {
        if (client == null || strategy == null) {
            throw new IllegalStateException("WireAvroSerializer for topic '" + topic + "' is not configured");
        }
        return client.registerUncached(strategy.subjectName(topic, isKey, schema), schema, normalize);
    }

    /** The subject {@code schema} gets for {@code topic} under the configured subject name strategy. */
    public String subjectName(String topic, Schema schema) {
        if (strategy == null) {
            throw new IllegalStateException("WireAvroSerializer for topic '" + topic + "' is not configured");
        }
        return strategy.subjectName(topic, isKey, schema);
    }

    /**
     * Whether the id written for a schema is the id bound to that very schema under its subject (register or lookup),
     * rather than the subject's latest version ({@code use.latest.version}); only then may a caller that confirmed
     * the binding itself hand it over with {@link SchemaRegistryClient#cacheId}.
     */
    public boolean resolvesBySchema() {
        return !useLatest;
    }

    /**
     * True when a subject the registry does not have yet is registered on first use (auto-registration by schema):
     * a brand-new subject takes any valid schema, so its id is the id the registry gives this schema elsewhere.
     */
    public boolean registersNewSubjects() {
        return autoRegister && !useLatest;
    }

    /** The registry client (possibly shared); null before {@link #configure}. */
    public SchemaRegistryClient client() {
        return client;
    }

    private int schemaId(String subject, Schema schema) {
        if (useLatest) {
            SchemaMetadata latest = client.getLatestVersion(subject);
            Schema latestSchema = client.getSchemaById(latest.id());
            if (!latestSchema.equals(schema)) {
                throw new SerializationException("Latest schema of subject '" + subject
                        + "' differs from the record's schema; register it or disable use.latest.version");
            }
            return latest.id();
        }
        if (autoRegister) {
            return client.register(subject, schema, normalize);
        }
        return client.getId(subject, schema);
    }

    @Override
    public void close() {
        // the client may be shared; nothing else to release
    }
}
