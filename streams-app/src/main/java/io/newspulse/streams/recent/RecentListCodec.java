package io.newspulse.streams.recent;

import static io.newspulse.streams.serde.StoreValueSerde.readString;
import static io.newspulse.streams.serde.StoreValueSerde.readStrings;
import static io.newspulse.streams.serde.StoreValueSerde.writeString;
import static io.newspulse.streams.serde.StoreValueSerde.writeStrings;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.newspulse.streams.serde.StoreValueSerde;
import org.apache.kafka.common.serialization.Serde;

/**
 * Binary serde of the recent-articles store value. The list is rewritten on every mention of its company, so its
 * encoding is on the hot path.
 */
public final class RecentListCodec {
    /** The current format version of a list's body. */
    public static final byte VERSION = 2;
    /** The store's value serde. */
    public static final Serde<RecentList> SERDE = StoreValueSerde.of("recent-articles", VERSION, RecentList.class,
            RecentListCodec::write, RecentListCodec::read);

    private RecentListCodec() {
    }

    /** Writes a list's body (no version byte), for values that embed it ({@code CompanyLiveCodec}). */
    public static void write(DataOutputStream out, RecentList list) throws IOException {
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
            out.writeDouble(m.sentiment()); // version 2
            writeStrings(out, m.events());
            out.writeDouble(m.tone());
        }
    }

    /** Reads a list's body written with format {@code version}. */
    public static RecentList read(DataInputStream in, int version) throws IOException {
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
            List<String> snippets = readStrings(in);
            double sentiment = version >= 2 ? in.readDouble() : 0.0;
            List<String> events = version >= 2 ? readStrings(in) : List.of();
            double tone = version >= 2 ? in.readDouble() : 0.0;
            items.add(new RecentMention(id, title, source, language, publishedAt, relevance, novel, duplicateOf, forms,
                    titleSpans, snippets, sentiment, events, tone));
        }
        return new RecentList(items);
    }
}
