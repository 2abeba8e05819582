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
 * Compact binary serdes of the two dedup repartition records (they cross a topic twice per article, so JSON with
 * base64 signatures was a measurable share of the stream thread's time) and of the pending-article store, on the
 * shared {@link StoreValueSerde} (a version byte, then the body).
 * <ul>
 *   <li>probes: format 1;</li>
 *   <li>verdicts and pending articles: format 2 carries the verdict's kind as a byte code and the matched article's
 *       id, and where the article was indexed with which provisional cluster; format 1 (earlier releases: the kind as its name in {@code writeUTF}, no matched id, which is then taken
 *       to be the cluster's original) is still read, so records in flight and pending state survive an upgrade.</li>
 * </ul>
 */
public final class DedupCodec {
    private static final byte PROBE_VERSION = 1;
    private static final byte VERDICT_VERSION = 2;
    private static final byte PENDING_VERSION = 2;

    public static final Serde<DedupProbe> PROBES = StoreValueSerde.of("dedup probe", PROBE_VERSION,
            StoreValueSerde.Legacy.none(),
            (out, p) -> {
                out.writeUTF(p.articleId());
                out.writeLong(p.eventTimeMs());
                out.writeShort(p.signature().length);
                out.write(p.signature());
                out.writeShort(p.keys().size());
                for (String key : p.keys()) {
                    out.writeUTF(key);
                }
            },
            (DataInputStream in, int version) -> {
                String id = in.readUTF();
                long time = in.readLong();
                byte[] signature = in.readNBytes(in.readUnsignedShort());
                int n = in.readUnsignedShort();
                List<String> keys = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    keys.add(in.readUTF());
                }
                return new DedupProbe(id, time, signature, keys);
            });

    public static final Serde<GroupVerdict> VERDICTS = StoreValueSerde.of("dedup verdict", VERDICT_VERSION,
            StoreValueSerde.Legacy.none(),
            (out, v) -> {
                out.writeUTF(v.articleId());
                out.writeShort(v.keysCovered());
                writeVerdict(out, v.verdict());
                StoreValueSerde.writeString(out, v.routingKey());
                StoreValueSerde.writeString(out, v.indexedCluster());
            },
            (DataInputStream in, int version) -> version == 1 ? readGroupVerdictV1(in)
                    : new GroupVerdict(in.readUTF(), in.readUnsignedShort(), readVerdict(in),
                            StoreValueSerde.readString(in), StoreValueSerde.readString(in)));

    /** The decision state of a pending article (dedup-pending-store): the article bytes travel once per put. */
    public static final Serde<PendingArticle> PENDING = StoreValueSerde.of("dedup pending article", PENDING_VERSION,
            StoreValueSerde.Legacy.none(),
            (out, p) -> {
                out.writeInt(p.article() == null ? -1 : p.article().length);
                if (p.article() != null) {
                    out.write(p.article());
                }
                out.writeInt(p.expectedKeys());
                out.writeInt(p.coveredKeys());
                writeVerdict(out, p.best());
                out.writeShort(p.indexed().size());
                for (PendingArticle.IndexedAs at : p.indexed()) {
                    out.writeUTF(at.routingKey());
                    out.writeUTF(at.cluster());
                }
            },
            (DataInputStream in, int version) -> {
                int length = in.readInt();
                byte[] article = length < 0 ? null : in.readNBytes(length);
                int expected = in.readInt();
                int covered = in.readInt();
                if (version == 1) {
                    Verdict best = in.readBoolean() ? readGroupVerdictV1(in).verdict() : Verdict.none();
                    return new PendingArticle(article, expected, covered, best, List.of());
                }
                Verdict best = readVerdict(in);
                int n = in.readUnsignedShort();
                List<PendingArticle.IndexedAs> indexed = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    indexed.add(new PendingArticle.IndexedAs(in.readUTF(), in.readUTF()));
                }
                return new PendingArticle(article, expected, covered, best, indexed);
            });

    /** Cluster fixes on their way to the index partitions (dedup-cluster-fixes). */
    public static final Serde<ClusterFix> CLUSTER_FIXES = StoreValueSerde.of("dedup cluster fix", (byte) 1,
            StoreValueSerde.Legacy.none(),
            (out, f) -> {
                out.writeUTF(f.routingKey());
                out.writeUTF(f.articleId());
                out.writeUTF(f.clusterId());
                out.writeLong(f.eventTimeMs());
            },
            (DataInputStream in, int version) -> new ClusterFix(in.readUTF(), in.readUTF(), in.readUTF(), in.readLong()));

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

    /** Format 1: the kind as its enum name, no matched id (the cluster's original stands in for it). */
    private static GroupVerdict readGroupVerdictV1(DataInputStream in) throws IOException {
        String id = in.readUTF();
        int covered = in.readUnsignedShort();
        String kindName = in.readUTF();
        String cluster = in.readUTF();
        long time = in.readLong();
        double similarity = in.readDouble();
        MatchKind kind = switch (kindName) {
            case "EXACT" -> MatchKind.EXACT;
            case "NEAR" -> MatchKind.NEAR;
            case "DIFFERENT" -> MatchKind.DIFFERENT;
            default -> throw new IOException("unknown match kind " + kindName);
        };
        Verdict verdict = kind == MatchKind.DIFFERENT ? Verdict.none()
                : new Verdict(kind, cluster, cluster, time, similarity);
        return new GroupVerdict(id, covered, verdict);
    }
}
