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
 * The one binary codec of our own values (state-store values and the dedup repartition records): a format version
 * byte, then a compact binary body. A format that grows keeps reading the older versions ({@link VersionedReader},
 * {@link RawReader}), and values written before the format had a version byte are still read through a
 * {@link Legacy} rule: JSON values of earlier releases (first byte {@code '{'}), or a codec's own unversioned format.
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

    /**
     * Like {@link VersionedReader} on the value's bytes themselves, for the hot path (no stream objects): the body
     * starts at {@code offset}, right after the version byte.
     */
    @FunctionalInterface
    public interface RawReader<T> {
        T read(byte[] bytes, int offset, int version) throws IOException;
    }

    /** Values written before the format had a version byte: how to recognise and read them. */
    public interface Legacy<T> {
        /** True when {@code bytes} (never empty) is a value in the old format. */
        boolean matches(byte[] bytes);

        /** Reads a value in the old format. */
        T read(String topic, byte[] bytes) throws IOException;

        /** No older format: every value starts with a version byte. */
        static <T> Legacy<T> none() {
            return new Legacy<>() {
                @Override
                public boolean matches(byte[] bytes) {
                    return false;
                }

                @Override
                public T read(String topic, byte[] bytes) {
                    throw new IllegalStateException("no legacy format");
                }
            };
        }

        /** Earlier releases wrote the value as JSON of {@code type} (first byte {@code '{'}). */
        static <T> Legacy<T> json(Class<T> type) {
            Serde<T> serde = JsonSerde.of(type);
            return new Legacy<>() {
                @Override
                public boolean matches(byte[] bytes) {
                    return bytes[0] == '{';
                }

                @Override
                public T read(String topic, byte[] bytes) {
                    return serde.deserializer().deserialize(topic, bytes);
                }
            };
        }
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
        return of(what, version, Legacy.json(legacyJson), writer, reader);
    }

    /** Like {@link #of(String, byte, Class, Writer, VersionedReader)} with any (or no) legacy format. */
    public static <T> Serde<T> of(String what, byte version, Legacy<T> legacy, Writer<T> writer, VersionedReader<T> reader) {
        return of(what, version, legacy, writer,
                (bytes, offset, found) -> reader.read(new DataInputStream(new ByteArrayInputStream(bytes, offset, bytes.length - offset)), found));
    }

    /**
     * The general form: new values are written as {@code version} then the writer's body; a value is read by the
     * legacy rule when it matches, else by {@code reader}, told the version found (1 up to {@code version}).
     */
    public static <T> Serde<T> of(String what, byte version, Legacy<T> legacy, Writer<T> writer, RawReader<T> reader) {
        if (version < 1 || legacy.matches(new byte[] {version})) {
            throw new IllegalArgumentException("version byte " + version + " is not positive or looks like the legacy format");
        }
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
                    try {
                        if (bytes.length > 0 && legacy.matches(bytes)) {
                            return legacy.read(topic, bytes);
                        }
                        if (bytes.length == 0 || bytes[0] < 1 || bytes[0] > version) {
                            throw new SerializationException("unknown " + what + " version "
                                    + (bytes.length == 0 ? "(empty value)" : bytes[0]) + " on " + topic);
                        }
                        return reader.read(bytes, 1, bytes[0]);
                    } catch (IOException | RuntimeException e) {
                        if (e instanceof SerializationException se) {
                            throw se;
                        }
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
