package io.newspulse.serde;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

import java.nio.ByteBuffer;

/** Finds the Avro schema and data model of a value to serialize. */
final class AvroDatumSupport {
    private AvroDatumSupport() {
    }

    /** Schema of a record, enum/fixed container or supported primitive (null, boolean, int, long, float, double, string, bytes). */
    static Schema schemaOf(Object value) {
        if (value == null) {
            return Schema.create(Schema.Type.NULL);
        }
        if (value instanceof GenericContainer c) {
            return c.getSchema();
        }
        if (value instanceof Boolean) {
            return Schema.create(Schema.Type.BOOLEAN);
        }
        if (value instanceof Integer) {
            return Schema.create(Schema.Type.INT);
        }
        if (value instanceof Long) {
            return Schema.create(Schema.Type.LONG);
        }
        if (value instanceof Float) {
            return Schema.create(Schema.Type.FLOAT);
        }
        if (value instanceof Double) {
            return Schema.create(Schema.Type.DOUBLE);
        }
        if (value instanceof CharSequence) {
            return Schema.create(Schema.Type.STRING);
        }
        if (value instanceof byte[] || value instanceof ByteBuffer) {
            return Schema.create(Schema.Type.BYTES);
        }
        throw new IllegalArgumentException("Unsupported type for Avro serialization: " + value.getClass().getName());
    }

    /** Data model able to write the value (generated classes bring their own logical-type conversions). */
    static GenericData modelFor(Object value) {
        if (value instanceof SpecificRecord) {
            return SpecificData.getForClass(value.getClass());
        }
        return GenericData.get();
    }
}
