package io.newspulse.bench.jmh;

import io.newspulse.dedup.fingerprint.Fingerprint;
import io.newspulse.dedup.fingerprint.Fingerprinter;
import io.newspulse.dedup.index.DedupIndex;
import io.newspulse.dedup.index.DedupResult;
import io.newspulse.dedup.Verifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dedup throughput on one core: fingerprinting (normalisation, boilerplate removal, shingling, MinHash, figures,
 * sentences) alone, and fingerprint + lookup/insert in the in-memory {@link DedupIndex} (7-day horizon, event time
 * advancing one minute per article). Articles are ~2 KB of UTF-8, alternating English and Japanese, with wire
 * header/footer lines (the {@code bytes} secondary result is UTF-8 input bytes per second); after the first pass over the pool every article is a re-titled copy of an earlier one, so
 * both the "new story" and the "verify candidates" paths are measured. Primary result: articles per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Thread)
public class DedupBenchmark {
    private static final int POOL = 4096;
    private static final String[] EN_WORDS = ("the company said on tuesday its operating profit rose fell quarter "
            + "billion yen revenue forecast analysts shares market plant investment recall vehicles battery chips "
            + "demand sales north america china europe tariffs exchange rate dividend buyback chief executive board "
            + "deal acquisition regulators approval workers factory production capacity costs margin outlook").split(" ");
    private static final String[] JA_PHRASES = ("連結営業利益が,前年同期比,億円,発表した,売上高は,市場予想を,上回った,"
            + "通期の業績予想を,上方修正,新工場を建設,リコールを届け出た,社長は記者会見で,述べた,円安の進行が,"
            + "株価は一時,上昇した,下落した,自社株買いを,実施する,北米の販売台数は,増えた,減った,買収すると,"
            + "規制当局の承認を経て,完了を見込む,従業員は約,人で,投資家の関心が,高まっている,電気自動車の").split(",");

    private String[] titles;
    private String[] bodies;
    private String[] langs;
    private int[] utf8Bytes;
    private Fingerprinter fingerprinter;
    private DedupIndex index;
    private long sequence;

    /** Per-thread counters: UTF-8 input bytes and duplicates found, reported by JMH as rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long bytes;
        public long duplicates;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            duplicates = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        titles = new String[POOL];
        bodies = new String[POOL];
        langs = new String[POOL];
        utf8Bytes = new int[POOL];
        for (int i = 0; i < POOL; i++) {
            boolean ja = i % 2 == 1;
            langs[i] = ja ? "ja" : "en";
            titles[i] = ja ? "トヨタ、営業益" + random.nextInt(100) + "%増　記事" + i
                    : "Toyota profit up " + random.nextInt(100) + "% story " + i;
            bodies[i] = ja ? japaneseBody(random) : englishBody(random);
            utf8Bytes[i] = (titles[i] + bodies[i]).getBytes(StandardCharsets.UTF_8).length;
        }
        fingerprinter = new Fingerprinter();
        index = new DedupIndex(Duration.ofDays(7), DedupIndex.DEFAULT_MAX_ENTRIES_PER_KEY, new Verifier());
        sequence = 0;
    }

    private static String englishBody(SplittableRandom random) {
        StringBuilder sb = new StringBuilder("Home | Business | Autos | Markets\nBy Staff Reporter\nTOKYO, Nov 3 (Reuters) - ");
        while (sb.length() < 1900) {
            int words = 12 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                sb.append(EN_WORDS[random.nextInt(EN_WORDS.length)]).append(w + 1 < words ? " " : "");
                if (random.nextInt(12) == 0) {
                    sb.append(random.nextInt(10_000)).append(' ');
                }
            }
            sb.append(random.nextInt(5) == 0 ? ".\n" : ". ");
        }
        return sb.append("\nCopyright 2026 Reuters. All rights reserved.").toString();
    }

    private static String japaneseBody(SplittableRandom random) {
        StringBuilder sb = new StringBuilder("ホーム | ニュース | 経済 | 企業\n11/3(月) 15:21配信\n");
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < 1900) {
            int phrases = 4 + random.nextInt(5);
            for (int p = 0; p < phrases; p++) {
                sb.append(JA_PHRASES[random.nextInt(JA_PHRASES.length)]);
                if (random.nextInt(4) == 0) {
                    sb.append(random.nextInt(10_000));
                }
            }
            sb.append(random.nextInt(4) == 0 ? "。\n" : "。");
        }
        return sb.append("\n無断転載・複製を禁じます").toString();
    }

    /** Fingerprint of one ~2 KB article. */
    @Benchmark
    public Fingerprint fingerprint(Counters counters) {
        int i = (int) (sequence++ % POOL);
        counters.bytes += utf8Bytes[i];
        return fingerprinter.fingerprint(titles[i], bodies[i], langs[i]);
    }

    /** Fingerprint plus lookup and insert in the index: the whole per-article dedup work. */
    @Benchmark
    public DedupResult fingerprintAndOffer(Counters counters) {
        long n = sequence++;
        int i = (int) (n % POOL);
        counters.bytes += utf8Bytes[i];
        String title = n < POOL ? titles[i] : titles[i] + " (update " + n / POOL + ")";
        DedupResult r = index.offer("a" + n, n * 60_000L, fingerprinter.fingerprint(title, bodies[i], langs[i]));
        if (r.isDuplicate()) {
            counters.duplicates++;
        }
        return r;
    }
}
