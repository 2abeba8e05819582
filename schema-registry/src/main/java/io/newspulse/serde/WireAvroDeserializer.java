package io.newspulse.serde;

import io.newspulse.registry.client.RestClientException;
import io.newspulse.registry.client.SchemaRegistryClient;
import io.newspulse.registry.client.SchemaRegistryClients;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads Confluent wire-format Avro: looks the writer schema up by id, then decodes into a GenericRecord, or into a
 * generated SpecificRecord (reader schema of the class, so schema evolution applies) when
 * {@code specific.avro.reader=true} or a target class is given. Top-level strings come back as {@link String}.
 */
public class WireAvroDeserializer implements Deserializer<Object> {
    private SchemaRegistryClient client;
    private boolean specific;
    private Class<? extends SpecificRecord> targetClass;
    private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    public WireAvroDeserializer() {
    }

    public WireAvroDeserializer(SchemaRegistryClient client) {
        this.client = client;
    }

    public WireAvroDeserializer(SchemaRegistryClient client, Map<String, ?> config, boolean isKey) {
        this.client = client;
        configure(config, isKey);
    }

    /** Decodes into this generated class whatever the writer's record name (implies a specific reader). */
    public WireAvroDeserializer targetClass(Class<? extends SpecificRecord> cls) {
        this.targetClass = cls;
        this.specific = true;
        readers.clear();
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig cfg = new AvroSerdeConfig(configs);
        this.specific = targetClass != null || cfg.getBoolean(AvroSerdeConfig.SPECIFIC_AVRO_READER);
        if (client == null) {
            client = SchemaRegistryClients.create(configs);
        }
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (client == null) {
            throw new SerializationException("WireAvroDeserializer for topic '" + topic + "' is not configured");
        }
        if (data.length < WireFormat.HEADER_SIZE) {
            throw fail(topic, "truncated payload: " + data.length + " bytes, shorter than the 5-byte header", null);
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        byte magic = buffer.get();
        if (magic != WireFormat.MAGIC_BYTE) {
            throw fail(topic, String.format("unknown magic byte 0x%02x (expected 0x00)", magic), null);
        }
        int id = buffer.getInt();
        DatumReader<Object> reader;
        try {
            reader = readers.computeIfAbsent(id, this::readerFor);
        } catch (RestClientException e) {
            String reason = e.status() == 404 ? "unknown schema id " + id : "cannot fetch schema id " + id;
            throw fail(topic, reason + " (" + e.getMessage() + ")", e);
        } catch (SerializationException e) {
            throw fail(topic, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw fail(topic, "cannot fetch schema id " + id + ": " + e.getMessage(), e);
        }
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, WireFormat.HEADER_SIZE,
                    data.length - WireFormat.HEADER_SIZE, null);
            Object value = reader.read(null, decoder);
            return value instanceof Utf8 ? value.toString() : value;
        } catch (EOFException e) {
            throw fail(topic, "truncated payload for schema id " + id, e);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
            throw fail(topic, "corrupt Avro payload for schema id " + id + ": " + e.getMessage(), e);
        }
    }

    private DatumReader<Object> readerFor(int id) {
        Schema writer = client.getSchemaById(id);
        if (!specific || writer.getType() != Schema.Type.RECORD && writer.getType() != Schema.Type.ENUM
                && writer.getType() != Schema.Type.FIXED) {
            return new GenericDatumReader<>(writer, writer, GenericData.get());
        }
        Class<?> cls = targetClass != null ? targetClass : SpecificData.get().getClass(writer);
        if (cls == null) {
            throw new SerializationException("no generated class found for " + writer.getFullName()
                    + " (specific.avro.reader=true)");
        }
        SpecificData model = SpecificData.getForClass(cls);
        Schema readerSchema = model.getSchema(cls);
        return new SpecificDatumReader<>(writer, readerSchema, model);
    }

    private static SerializationException fail(String topic, String reason, Throwable cause) {
        return new SerializationException("Error deserializing Avro message for topic '" + topic + "': " + reason,
                cause);
    }

    @Override
    public void close() {
        readers.clear();
    }
}
