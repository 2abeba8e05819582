package io.newspulse.serde;

import io.newspulse.registry.client.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link Serde} of generated Avro classes in the Confluent wire format. Reads use the writer schema from the registry
 * and the class's schema as reader schema. Build one with {@link #forClass(Class, Map, boolean)}.
 */
public class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final WireAvroSerializer serializer;
    private final WireAvroDeserializer deserializer;

    /** For configuration by class name: the class is found from the writer schema's full name. */
    public SpecificAvroSerde() {
        this(null, null);
    }

    /**
     * @param client registry client to use, or null to create one from the configuration
     * @param type   target class, or null to find it from the writer schema's full name
     */
    public SpecificAvroSerde(SchemaRegistryClient client, Class<T> type) {
        this.serializer = new WireAvroSerializer(client);
        this.deserializer = new WireAvroDeserializer(client);
        if (type != null) {
            deserializer.targetClass(type);
        }
    }

    /** A configured serde for one generated class. */
    public static <T extends SpecificRecord> SpecificAvroSerde<T> forClass(Class<T> type, Map<String, ?> config,
                                                                          boolean isKey) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(null, type);
        serde.configure(config, isKey);
        return serde;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> specific = new HashMap<>(configs);
        specific.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        serializer.configure(specific, isKey);
        deserializer.configure(specific, isKey);
    }

    /** See {@link WireAvroSerializer#prepare(String, org.apache.avro.Schema)}. */
    public int prepare(String topic, org.apache.avro.Schema schema) {
        return serializer.prepare(topic, schema);
    }

    /** See {@link WireAvroSerializer#subjectName(String, org.apache.avro.Schema)}. */
    public String subjectName(String topic, org.apache.avro.Schema schema) {
        return serializer.subjectName(topic, schema);
    }

    /** See {@link WireAvroSerializer#resolvesBySchema()}. */
    public boolean resolvesBySchema() {
        return serializer.resolvesBySchema();
    }

    /** See {@link WireAvroSerializer#registerNow(String, org.apache.avro.Schema)}. */
    public int registerNow(String topic, org.apache.avro.Schema schema) {
        return serializer.registerNow(topic, schema);
    }

    /** See {@link WireAvroSerializer#registersNewSubjects()}. */
    public boolean registersNewSubjects() {
        return serializer.registersNewSubjects();
    }

    /** The serializer's registry client. */
    public io.newspulse.registry.client.SchemaRegistryClient client() {
        return serializer.client();
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, data) -> serializer.serialize(topic, data);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Deserializer<T> deserializer() {
        return (topic, data) -> (T) deserializer.deserialize(topic, data);
    }

    @Override
    public void close() {
        serializer.close();
        deserializer.close();
    }
}
