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
