package io.newspulse.streams.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Compact binary serdes of the two dedup repartition records (they cross a topic twice per article, so JSON with
 * base64 signatures was a measurable share of the stream thread's time). Each starts with a format version byte.
 */
public final class DedupCodec {
    private static final byte VERSION = 1;

    public static final Serde<DedupProbe> PROBES = Serdes.serdeFrom(
            (topic, p) -> p == null ? null : write(out -> {
                out.writeUTF(p.articleId());
                out.writeLong(p.eventTimeMs());
                out.writeShort(p.signature().length);
                out.write(p.signature());
                out.writeShort(p.keys().size());
                for (String key : p.keys()) {
                    out.writeUTF(key);
                }
            }),
            (topic, bytes) -> bytes == null ? null : read(topic, bytes, in -> {
                String id = in.readUTF();
                long time = in.readLong();
                byte[] signature = in.readNBytes(in.readUnsignedShort());
                int n = in.readUnsignedShort();
                List<String> keys = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    keys.add(in.readUTF());
                }
                return new DedupProbe(id, time, signature, keys);
            }));

    public static final Serde<GroupVerdict> VERDICTS = Serdes.serdeFrom(
            (topic, v) -> v == null ? null : write(out -> writeVerdict(out, v)),
            (topic, bytes) -> bytes == null ? null : read(topic, bytes, DedupCodec::readVerdict));

    /** The decision state of a pending article (dedup-pending-store): the article bytes travel once per put. */
    public static final Serde<PendingArticle> PENDING = Serdes.serdeFrom(
            (topic, p) -> p == null ? null : write(out -> {
                out.writeInt(p.article() == null ? -1 : p.article().length);
                if (p.article() != null) {
                    out.write(p.article());
                }
                out.writeInt(p.expectedKeys());
                out.writeInt(p.coveredKeys());
                out.writeBoolean(p.best() != null);
                if (p.best() != null) {
                    writeVerdict(out, p.best());
                }
            }),
            (topic, bytes) -> bytes == null ? null : read(topic, bytes, in -> {
                int length = in.readInt();
                byte[] article = length < 0 ? null : in.readNBytes(length);
                int expected = in.readInt();
                int covered = in.readInt();
                GroupVerdict best = in.readBoolean() ? readVerdict(in) : null;
                return new PendingArticle(article, expected, covered, best);
            }));

    private static void writeVerdict(DataOutputStream out, GroupVerdict v) throws IOException {
        out.writeUTF(v.articleId());
        out.writeShort(v.keysCovered());
        out.writeUTF(v.kind());
        out.writeUTF(v.clusterId() == null ? "" : v.clusterId());
        out.writeLong(v.eventTimeMs());
        out.writeDouble(v.similarity());
    }

    private static GroupVerdict readVerdict(DataInputStream in) throws IOException {
        String id = in.readUTF();
        int covered = in.readUnsignedShort();
        String kind = in.readUTF();
        String cluster = in.readUTF();
        return new GroupVerdict(id, covered, kind, cluster.isEmpty() ? null : cluster, in.readLong(), in.readDouble());
    }

    private DedupCodec() {
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            writer.write(out);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new SerializationException("cannot encode dedup record", e);
        }
    }

    private static <T> T read(String topic, byte[] bytes, Reader<T> reader) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            byte version = in.readByte();
            if (version != VERSION) {
                throw new SerializationException("unknown dedup record version " + version + " on " + topic);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new SerializationException("corrupt dedup record on " + topic, e);
        }
    }
}
