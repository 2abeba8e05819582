package io.newspulse.streams.dedup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A value of the dedup index window store, in a compact binary form. Under a dedup key it names an indexed
 * article and its cluster; under the article's signature key ({@code s:<id>}) it holds the signature.
 */
public record IndexValue(String articleId, String clusterId, byte[] signature) {

    public static final Serde<IndexValue> SERDE = Serdes.serdeFrom(
            (topic, v) -> v == null ? null : v.encode(),
            (topic, bytes) -> bytes == null ? null : decode(bytes));

    byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + (signature == null ? 0 : signature.length));
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(articleId);
            out.writeUTF(clusterId == null ? "" : clusterId);
            out.writeShort(signature == null ? 0 : signature.length);
            if (signature != null) {
                out.write(signature);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IndexValue decode(byte[] bytes) {
        IndexValue fast = decodeAscii(bytes);
        return fast != null ? fast : decodeGeneral(bytes);
    }

    /**
     * The common case without stream objects: ids in ASCII, whose modified UTF-8 ({@code writeUTF}) is the bytes
     * themselves. Null when an id holds any other character (then {@link #decodeGeneral} reads it).
     */
    private static IndexValue decodeAscii(byte[] bytes) {
        if (bytes.length < 6) {
            return null;
        }
        int idLength = ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff);
        int clusterAt = 2 + idLength;
        if (clusterAt + 2 > bytes.length) {
            return null;
        }
        int clusterLength = ((bytes[clusterAt] & 0xff) << 8) | (bytes[clusterAt + 1] & 0xff);
        int signatureAt = clusterAt + 2 + clusterLength;
        if (signatureAt + 2 > bytes.length || !ascii(bytes, 2, idLength) || !ascii(bytes, clusterAt + 2, clusterLength)) {
            return null;
        }
        int signatureLength = ((bytes[signatureAt] & 0xff) << 8) | (bytes[signatureAt + 1] & 0xff);
        if (signatureAt + 2 + signatureLength != bytes.length) {
            return null;
        }
        String id = new String(bytes, 2, idLength, java.nio.charset.StandardCharsets.ISO_8859_1);
        String cluster = clusterLength == 0 ? null : new String(bytes, clusterAt + 2, clusterLength, java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] signature = signatureLength == 0 ? null : java.util.Arrays.copyOfRange(bytes, signatureAt + 2, bytes.length);
        return new IndexValue(id, cluster, signature);
    }

    private static boolean ascii(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (bytes[i] <= 0) { // 0 is written as two bytes by writeUTF; negative = non-ASCII
                return false;
            }
        }
        return true;
    }

    private static IndexValue decodeGeneral(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
            String id = in.readUTF();
            String cluster = in.readUTF();
            int length = in.readUnsignedShort();
            byte[] signature = length == 0 ? null : in.readNBytes(length);
            return new IndexValue(id, cluster.isEmpty() ? null : cluster, signature);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt dedup index value", e);
        }
    }
}
