package io.newspulse.streams.dedup;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.newspulse.streams.serde.StoreValueSerde;
import org.apache.kafka.common.serialization.Serde;

/**
 * A value of the dedup index window store, in a compact binary form: an indexed article (under the key
 * {@code s:<id>}), its cluster, its signature and which of its candidate keys this partition indexed it under
 * ({@link #keyMask}). The lookup step keeps the index itself in memory and rebuilds it from these values
 * ({@link IndexPartition}).
 * <p>
 * Format 3 (written now): version byte 3, the key mask (int), then the body: id and cluster id ({@code writeUTF},
 * the cluster empty when null), signature length (unsigned short, 0 = none) and signature bytes. Format 2 (version
 * byte 2) is the body alone: releases before format 3 wrote one such value per candidate key (without signature,
 * under the key itself) besides the signature value under {@code s:<id>}; they are read with
 * {@link #LEGACY_KEYS}. Format 1 is the body without a version byte; its first byte is the high byte of the id's
 * length, 0 for any id shorter than 256 bytes, so a value whose first byte is neither 2 nor 3 is read as format
 * 1, and a versioned reading that does not fit the value's length exactly falls back to format 1 (ids of 512–1023
 * bytes).
 *
 * @param keyMask bit {@code i} set when the article is indexed under its candidate key {@code i}
 *                ({@code Fingerprint.keyPosition}); {@link #LEGACY_KEYS} in values of formats 1 and 2
 */
public record IndexValue(String articleId, String clusterId, byte[] signature, int keyMask) {
    static final byte VERSION = 3;
    private static final byte PER_KEY_VERSION = 2;
    /** The key mask of a value written before format 3: the keys are the store keys of its per-key values. */
    public static final int LEGACY_KEYS = 0;

    private static final StoreValueSerde.Legacy<IndexValue> UNVERSIONED = new StoreValueSerde.Legacy<>() {
        @Override
        public boolean matches(byte[] bytes) {
            return bytes[0] != VERSION && bytes[0] != PER_KEY_VERSION;
        }

        @Override
        public IndexValue read(String topic, byte[] bytes) throws IOException {
            return body(bytes, 0, LEGACY_KEYS);
        }
    };

    public static final Serde<IndexValue> SERDE = StoreValueSerde.of("dedup index value", VERSION, UNVERSIONED,
            IndexValue::write, (bytes, offset, version) -> {
                IndexValue value = null;
                if (version == VERSION && bytes.length >= offset + 4) {
                    value = bodyOrNull(bytes, offset + 4, readInt(bytes, offset));
                } else if (version == PER_KEY_VERSION) {
                    value = bodyOrNull(bytes, offset, LEGACY_KEYS);
                }
                return value != null ? value : body(bytes, 0, LEGACY_KEYS);
            });

    /** A value of the formats before 3 (tests and old stores). */
    public IndexValue(String articleId, String clusterId, byte[] signature) {
        this(articleId, clusterId, signature, LEGACY_KEYS);
    }

    byte[] encode() {
        return SERDE.serializer().serialize(null, this);
    }

    static IndexValue decode(byte[] bytes) {
        return SERDE.deserializer().deserialize(null, bytes);
    }

    private static void write(DataOutputStream out, IndexValue v) throws IOException {
        out.writeInt(v.keyMask);
        out.writeUTF(v.articleId);
        out.writeUTF(v.clusterId == null ? "" : v.clusterId);
        out.writeShort(v.signature == null ? 0 : v.signature.length);
        if (v.signature != null) {
            out.write(v.signature);
        }
    }

    private static IndexValue body(byte[] bytes, int offset, int keyMask) throws IOException {
        IndexValue value = bodyOrNull(bytes, offset, keyMask);
        if (value == null) {
            throw new IOException("corrupt dedup index value");
        }
        return value;
    }

    /** The body starting at {@code offset}, or null when it does not fill the rest of the value exactly. */
    private static IndexValue bodyOrNull(byte[] bytes, int offset, int keyMask) {
        IndexValue fast = bodyAscii(bytes, offset, keyMask);
        return fast != null ? fast : bodyGeneral(bytes, offset, keyMask);
    }

    /**
     * The common case without stream objects: ids in ASCII, whose modified UTF-8 ({@code writeUTF}) is the bytes
     * themselves. Null when an id holds any other character (then {@link #bodyGeneral} reads it) or the body does
     * not fit.
     */
    private static IndexValue bodyAscii(byte[] bytes, int offset, int keyMask) {
        if (bytes.length < offset + 6) {
            return null;
        }
        int idLength = unsignedShort(bytes, offset);
        int clusterAt = offset + 2 + idLength;
        if (clusterAt + 2 > bytes.length) {
            return null;
        }
        int clusterLength = unsignedShort(bytes, clusterAt);
        int signatureAt = clusterAt + 2 + clusterLength;
        if (signatureAt + 2 > bytes.length || !ascii(bytes, offset + 2, idLength) || !ascii(bytes, clusterAt + 2, clusterLength)) {
            return null;
        }
        int signatureLength = unsignedShort(bytes, signatureAt);
        if (signatureAt + 2 + signatureLength != bytes.length) {
            return null;
        }
        String id = new String(bytes, offset + 2, idLength, StandardCharsets.ISO_8859_1);
        String cluster = clusterLength == 0 ? null : new String(bytes, clusterAt + 2, clusterLength, StandardCharsets.ISO_8859_1);
        byte[] signature = signatureLength == 0 ? null : Arrays.copyOfRange(bytes, signatureAt + 2, bytes.length);
        return new IndexValue(id, cluster, signature, keyMask);
    }

    private static int readInt(byte[] bytes, int at) {
        return (unsignedShort(bytes, at) << 16) | unsignedShort(bytes, at + 2);
    }

    private static int unsignedShort(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
    }

    private static boolean ascii(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (bytes[i] <= 0) { // 0 is written as two bytes by writeUTF; negative = non-ASCII
                return false;
            }
        }
        return true;
    }

    private static IndexValue bodyGeneral(byte[] bytes, int offset, int keyMask) {
        try {
            ByteArrayInputStream stream = new ByteArrayInputStream(bytes, offset, bytes.length - offset);
            DataInputStream in = new DataInputStream(stream);
            String id = in.readUTF();
            String cluster = in.readUTF();
            int length = in.readUnsignedShort();
            byte[] signature = length == 0 ? null : in.readNBytes(length);
            if ((signature == null ? 0 : signature.length) != length || stream.available() != 0) {
                return null;
            }
            return new IndexValue(id, cluster.isEmpty() ? null : cluster, signature, keyMask);
        } catch (IOException e) {
            return null;
        }
    }
}
