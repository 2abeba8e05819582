package io.newspulse.streams.recent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.newspulse.streams.serde.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Binary serde of the recent-articles store value. The list is rewritten on every mention of its company, so its
 * encoding is on the hot path; a version byte leads, and values written as JSON by earlier releases (first byte
 * {@code '{'}) are still read.
 */
public final class RecentListCodec {
    private static final byte VERSION = 1;
    private static final Serde<RecentList> LEGACY_JSON = JsonSerde.of(RecentList.class);

    /** The store's value serde. */
    public static final Serde<RecentList> SERDE = Serdes.serdeFrom(
            (topic, list) -> list == null ? null : encode(list),
            (topic, bytes) -> bytes == null ? null : decode(topic, bytes));

    private RecentListCodec() {
    }

    static byte[] encode(RecentList list) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * Math.max(1, list.items().size()));
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            out.writeShort(list.items().size());
            for (RecentMention m : list.items()) {
                writeString(out, m.articleId());
                writeString(out, m.title());
                writeString(out, m.source());
                writeString(out, m.language());
                out.writeLong(m.publishedAt());
                out.writeDouble(m.relevance());
                out.writeBoolean(m.novel());
                writeString(out, m.duplicateOf());
                writeStrings(out, m.surfaceForms());
                out.writeShort(m.titleSpans() == null ? 0 : m.titleSpans().size());
                if (m.titleSpans() != null) {
                    for (int[] span : m.titleSpans()) {
                        out.writeInt(span[0]);
                        out.writeInt(span[1]);
                    }
                }
                writeStrings(out, m.snippets());
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new SerializationException("cannot encode recent articles", e);
        }
    }

    static RecentList decode(String topic, byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == '{') {
            return LEGACY_JSON.deserializer().deserialize(topic, bytes);
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            byte version = in.readByte();
            if (version != VERSION) {
                throw new SerializationException("unknown recent-articles version " + version + " on " + topic);
            }
            int n = in.readUnsignedShort();
            List<RecentMention> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = readString(in);
                String title = readString(in);
                String source = readString(in);
                String language = readString(in);
                long publishedAt = in.readLong();
                double relevance = in.readDouble();
                boolean novel = in.readBoolean();
                String duplicateOf = readString(in);
                List<String> forms = readStrings(in);
                int spans = in.readUnsignedShort();
                List<int[]> titleSpans = new ArrayList<>(spans);
                for (int s = 0; s < spans; s++) {
                    titleSpans.add(new int[] {in.readInt(), in.readInt()});
                }
                items.add(new RecentMention(id, title, source, language, publishedAt, relevance, novel, duplicateOf, forms,
                        titleSpans, readStrings(in)));
            }
            return new RecentList(items);
        } catch (IOException e) {
            throw new SerializationException("corrupt recent-articles value on " + topic, e);
        }
    }

    /** Null-aware and not limited to 64 KB like {@code writeUTF}: a length (-1 = null) then UTF-8 bytes. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeShort(values == null ? 0 : values.size());
        if (values != null) {
            for (String v : values) {
                writeString(out, v);
            }
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(readString(in));
        }
        return values;
    }
}
