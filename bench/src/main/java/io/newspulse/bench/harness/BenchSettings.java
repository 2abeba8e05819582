package io.newspulse.bench.harness;

import java.nio.file.Path;
import java.util.List;

/**
 * What one benchmark run does: sizes of every section, derived from {@code --quick} unless given.
 *
 * @param quick       short run (whole bench under about three minutes): small article counts, short JMH iterations
 * @param articles    articles per throughput repetition (baseline, pipeline, scale-out)
 * @param repetitions repetitions of every measured section (at least 3)
 * @param outDir      where {@code latest.json} and the JMH log go
 * @param docs        Markdown report to (re)write
 * @param seed        seed of the synthetic articles
 * @param memoryArticles articles of the memory-and-state run, sampled at a quarter, half and all of them; 0 for the
 *                    default (4,000 with {@code quick}, else checkpoints at 100k, 250k, 500k and 1M)
 * @param workDir     parent of the run's scratch directory (broker logs, Kafka Streams state), deleted after the run
 */
public record BenchSettings(boolean quick, int articles, int repetitions, Path outDir, Path docs, long seed, int memoryArticles,
                            Path workDir) {
    public BenchSettings {
        java.util.Objects.requireNonNull(workDir, "workDir");
        if (memoryArticles != 0 && memoryArticles < 400) {
            throw new IllegalArgumentException("memoryArticles must be 0 (default) or >= 400");
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be >= 1");
        }
        if (articles < 100) {
            throw new IllegalArgumentException("articles must be >= 100");
        }
    }

    /** Default articles per throughput repetition. */
    public static int defaultArticles(boolean quick) {
        return quick ? 500 : 20_000;
    }

    /** How long the paced latency phase of each pipeline repetition lasts, in seconds. */
    public int latencySeconds() {
        return quick ? 5 : 20;
    }

    /** Articles sent by each producer-only repetition. */
    public int producerArticles() {
        return quick ? 40_000 : 100_000;
    }

    /** Cumulative article counts at which memory and state are sampled (one long run). */
    public List<Integer> memoryCheckpoints() {
        if (memoryArticles > 0) {
            return List.of(memoryArticles / 4, memoryArticles / 2, memoryArticles);
        }
        return quick ? List.of(1_000, 2_000, 4_000) : List.of(100_000, 250_000, 500_000, 1_000_000);
    }

    /**
     * JMH warm-up iterations, measurement iterations and seconds per iteration. Three warm-ups even in quick mode:
     * the dedup benchmark is still ramping up in its third two-second iteration (about 6k, 15k, then 24k/s).
     */
    public int jmhWarmups() {
        return 3;
    }

    public int jmhIterations() {
        return Math.max(3, quick ? repetitions : 5);
    }

    public int jmhSeconds() {
        return quick ? 2 : 3;
    }
}
