package io.newspulse.serde;

import io.newspulse.registry.client.SchemaRegistryClient;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.util.HashMap;
import java.util.Map;

/** {@link Serde} of {@link GenericRecord} values in the Confluent wire format. */
public class GenericAvroSerde implements Serde<GenericRecord> {
    private final WireAvroSerializer serializer;
    private final WireAvroDeserializer deserializer;

    public GenericAvroSerde() {
        this(null);
    }

    /** Uses the given client instead of creating one from {@code schema.registry.url}. */
    public GenericAvroSerde(SchemaRegistryClient client) {
        this.serializer = new WireAvroSerializer(client);
        this.deserializer = new WireAvroDeserializer(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> generic = new HashMap<>(configs);
        generic.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, false);
        serializer.configure(generic, isKey);
        deserializer.configure(generic, isKey);
    }

    @Override
    public Serializer<GenericRecord> serializer() {
        return (topic, data) -> serializer.serialize(topic, data);
    }

    @Override
    public Deserializer<GenericRecord> deserializer() {
        return (topic, data) -> (GenericRecord) deserializer.deserialize(topic, data);
    }

    @Override
    public void close() {
        serializer.close();
        deserializer.close();
    }
}
