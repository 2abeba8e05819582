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
 * advancing one second per article, a fresh index each iteration). Articles are ~2 KB of UTF-8, alternating English
 * and Japanese, with wire header/footer lines, built from a 3,000-word pseudo vocabulary; one in five is a
 * lightly edited copy (sentence added, new headline) of a recent article, so both the "new story" and the "verify
 * candidates" paths are measured. Primary result: articles per second; {@code bytes}: UTF-8 input bytes per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class DedupBenchmark {
    private static final int POOL = 32_768;
    private static final int VOCABULARY = 3_000;
    private static final String SYLLABLES_EN = "ka to ri mo sa ne lu vi de po ra shi an el or in ex um ta ko";
    private static final String KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
            + "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモ";

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
        String[] en = englishVocabulary(random);
        String[] ja = japaneseVocabulary(random);
        titles = new String[POOL];
        bodies = new String[POOL];
        langs = new String[POOL];
        utf8Bytes = new int[POOL];
        for (int i = 0; i < POOL; i++) {
            boolean isJa = i % 2 == 1;
            langs[i] = isJa ? "ja" : "en";
            if (i >= 64 && random.nextInt(5) == 0) {
                int of = i - 2 * (1 + random.nextInt(31)); // same language, recent
                titles[i] = (isJa ? "【更新】" : "UPDATE 1-") + titles[of];
                bodies[i] = bodies[of] + (isJa ? "\n同社は午後5時から説明会を開く。" : "\nThe company will hold a briefing at 5 p.m.");
            } else {
                titles[i] = sentence(random, isJa ? ja : en, isJa, 6);
                bodies[i] = isJa ? japaneseBody(random, ja) : englishBody(random, en);
            }
            utf8Bytes[i] = (titles[i] + bodies[i]).getBytes(StandardCharsets.UTF_8).length;
        }
        fingerprinter = new Fingerprinter();
    }

    @Setup(Level.Iteration)
    public void freshIndex() {
        index = new DedupIndex(Duration.ofDays(7), DedupIndex.DEFAULT_MAX_ENTRIES_PER_KEY, new Verifier());
        sequence = 0;
    }

    private static String[] englishVocabulary(SplittableRandom random) {
        String[] syllables = SYLLABLES_EN.split(" ");
        String[] words = new String[VOCABULARY];
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + random.nextInt(3); k >= 0; k--) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            words[i] = w.toString();
        }
        return words;
    }

    private static String[] japaneseVocabulary(SplittableRandom random) {
        String[] words = new String[VOCABULARY];
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 2 + random.nextInt(3); k > 0; k--) {
                w.append(random.nextInt(3) == 0 ? (char) ('\u4e00' + random.nextInt(3000))
                        : KANA.charAt(random.nextInt(KANA.length())));
            }
            words[i] = w.toString();
        }
        return words;
    }

    private static String sentence(SplittableRandom random, String[] vocabulary, boolean ja, int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            sb.append(vocabulary[random.nextInt(vocabulary.length)]);
            if (random.nextInt(10) == 0) {
                sb.append(ja ? "" : " ").append(random.nextInt(10_000));
            }
            if (!ja && w + 1 < words) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static String englishBody(SplittableRandom random, String[] vocabulary) {
        StringBuilder sb = new StringBuilder("Home | Business | Autos | Markets\nBy Staff Reporter\nTOKYO, Nov 3 (Reuters) - ");
        while (sb.length() < 1900) {
            sb.append(sentence(random, vocabulary, false, 10 + random.nextInt(14)));
            sb.append(random.nextInt(5) == 0 ? ".\n" : ". ");
        }
        return sb.append("\nCopyright 2026 Reuters. All rights reserved.").toString();
    }

    private static String japaneseBody(SplittableRandom random, String[] vocabulary) {
        StringBuilder sb = new StringBuilder("ホーム | ニュース | 経済 | 企業\n11/3(月) 15:21配信\n");
        int bytes = 0;
        while (bytes < 1850) {
            String s = sentence(random, vocabulary, true, 6 + random.nextInt(8)) + (random.nextInt(4) == 0 ? "。\n" : "。");
            sb.append(s);
            bytes += s.getBytes(StandardCharsets.UTF_8).length;
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
        DedupResult r = index.offer("a" + n, n * 1_000L, fingerprinter.fingerprint(titles[i], bodies[i], langs[i]));
        if (r.isDuplicate()) {
            counters.duplicates++;
        }
        return r;
    }
}
