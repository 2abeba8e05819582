package io.newspulse.streams.serde;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Serde of a state-store value that is rewritten on the hot path: a version byte, then a compact binary body.
 * Values written as JSON by earlier releases (first byte {@code '{'}) are still read, so an upgrade keeps its state.
 */
public final class StoreValueSerde {
    /** Writes the body of one value. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    /** Reads the body of one value. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** Reads the body of one value written with the given format version (1 up to the current one). */
    @FunctionalInterface
    public interface VersionedReader<T> {
        T read(DataInputStream in, int version) throws IOException;
    }

    private StoreValueSerde() {
    }

    /**
     * @param what       name of the value in error messages
     * @param version    the leading byte (never {@code '{'})
     * @param legacyJson class that earlier releases wrote as JSON
     */
    public static <T> Serde<T> of(String what, byte version, Class<T> legacyJson, Writer<T> writer, Reader<T> reader) {
        return of(what, version, legacyJson, writer, (in, found) -> {
            if (found != version) {
                throw new IOException("unknown " + what + " version " + found);
            }
            return reader.read(in);
        });
    }

    /**
     * Like {@link #of(String, byte, Class, Writer, Reader)} for a value whose format grew: values written with any
     * version from 1 up to {@code version} are read (the reader is told which), new values are written with
     * {@code version}.
     */
    public static <T> Serde<T> of(String what, byte version, Class<T> legacyJson, Writer<T> writer, VersionedReader<T> reader) {
        if (version == '{') {
            throw new IllegalArgumentException("version byte must not be '{'");
        }
        Serde<T> legacy = JsonSerde.of(legacyJson);
        return Serdes.serdeFrom(
                (topic, value) -> {
                    if (value == null) {
                        return null;
                    }
                    try {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
                        DataOutputStream out = new DataOutputStream(bytes);
                        out.writeByte(version);
                        writer.write(out, value);
                        return bytes.toByteArray();
                    } catch (IOException e) {
                        throw new SerializationException("cannot encode " + what, e);
                    }
                },
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    if (bytes.length > 0 && bytes[0] == '{') {
                        return legacy.deserializer().deserialize(topic, bytes);
                    }
                    try {
                        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
                        byte found = in.readByte();
                        if (found < 1 || found > version) {
                            throw new SerializationException("unknown " + what + " version " + found + " on " + topic);
                        }
                        return reader.read(in, found);
                    } catch (IOException e) {
                        throw new SerializationException("corrupt " + what + " value on " + topic, e);
                    }
                });
    }

    /** Null-aware and not limited to 64 KB like {@code writeUTF}: a length (-1 = null) then UTF-8 bytes. */
    public static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    public static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** A count (at most 65,535; null = 0) then each string. */
    public static void writeStrings(DataOutputStream out, java.util.Collection<String> values) throws IOException {
        out.writeShort(values == null ? 0 : values.size());
        if (values != null) {
            for (String v : values) {
                writeString(out, v);
            }
        }
    }

    public static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(readString(in));
        }
        return values;
    }
}
