package io.newspulse.streams.dedup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.newspulse.dedup.MatchKind;
import io.newspulse.dedup.Verdict;
import io.newspulse.streams.serde.StoreValueSerde;
import org.apache.kafka.common.serialization.Serde;

/**
 * Compact binary serde of the dedup chain topic's records (an article crosses it once per partition after its own,
 * so JSON with base64 signatures would be a measurable share of the stream thread's time), on the shared
 * {@link StoreValueSerde} (a version byte, then the body): a tag byte, then a {@link ChainHop} (the article in Avro
 * single-object encoding, the best verdict so far with the match kind as a byte code, where the article was indexed)
 * or a {@link ClusterFix}. Format 1.
 */
public final class DedupCodec {
    private static final byte CHAIN_VERSION = 1;
    private static final byte HOP = 1;
    private static final byte FIX = 2;

    public static final Serde<ChainMessage> CHAIN = StoreValueSerde.of("dedup chain message", CHAIN_VERSION,
            StoreValueSerde.Legacy.none(),
            (out, m) -> {
                if (m instanceof ChainHop h) {
                    out.writeByte(HOP);
                    out.writeShort(h.partition());
                    out.writeShort(h.origin());
                    out.writeUTF(h.articleId());
                    out.writeLong(h.eventTimeMs());
                    out.writeShort(h.signature().length);
                    out.write(h.signature());
                    out.writeInt(h.article().length);
                    out.write(h.article());
                    writeVerdict(out, h.best());
                    out.writeShort(h.indexed().size());
                    for (ChainHop.IndexedAs at : h.indexed()) {
                        out.writeShort(at.partition());
                        out.writeUTF(at.cluster());
                    }
                } else if (m instanceof ClusterFix f) {
                    out.writeByte(FIX);
                    out.writeShort(f.partition());
                    out.writeUTF(f.articleId());
                    out.writeUTF(f.clusterId());
                    out.writeLong(f.eventTimeMs());
                }
            },
            (DataInputStream in, int version) -> {
                byte tag = in.readByte();
                return switch (tag) {
                    case HOP -> {
                        int partition = in.readUnsignedShort();
                        int origin = in.readUnsignedShort();
                        String id = in.readUTF();
                        long time = in.readLong();
                        byte[] signature = in.readNBytes(in.readUnsignedShort());
                        int length = in.readInt();
                        if (length < 0) {
                            throw new IOException("negative article length " + length);
                        }
                        byte[] article = in.readNBytes(length);
                        if (article.length != length) {
                            throw new IOException("truncated article");
                        }
                        Verdict best = readVerdict(in);
                        int n = in.readUnsignedShort();
                        List<ChainHop.IndexedAs> indexed = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            indexed.add(new ChainHop.IndexedAs(in.readUnsignedShort(), in.readUTF()));
                        }
                        yield new ChainHop(partition, origin, id, time, signature, article, best, indexed);
                    }
                    case FIX -> new ClusterFix(in.readUnsignedShort(), in.readUTF(), in.readUTF(), in.readLong());
                    default -> throw new IOException("unknown dedup chain message tag " + tag);
                };
            });

    private DedupCodec() {
    }

    /** The byte code of a match kind on the wire (explicit, so reordering the enum cannot change the format). */
    static byte code(MatchKind kind) {
        return switch (kind) {
            case DIFFERENT -> 0;
            case EXACT -> 1;
            case NEAR -> 2;
        };
    }

    static MatchKind kind(byte code) throws IOException {
        return switch (code) {
            case 0 -> MatchKind.DIFFERENT;
            case 1 -> MatchKind.EXACT;
            case 2 -> MatchKind.NEAR;
            default -> throw new IOException("unknown match kind code " + code);
        };
    }

    private static void writeVerdict(DataOutputStream out, Verdict v) throws IOException {
        out.writeByte(code(v.kind()));
        StoreValueSerde.writeString(out, v.matchedId());
        StoreValueSerde.writeString(out, v.clusterId());
        out.writeLong(v.eventTimeMs());
        out.writeDouble(v.similarity());
    }

    private static Verdict readVerdict(DataInputStream in) throws IOException {
        MatchKind kind = kind(in.readByte());
        String matched = StoreValueSerde.readString(in);
        String cluster = StoreValueSerde.readString(in);
        return new Verdict(kind, matched, cluster, in.readLong(), in.readDouble());
    }
}
