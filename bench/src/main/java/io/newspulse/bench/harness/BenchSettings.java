package io.newspulse.bench.harness;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.newspulse.cli.BenchSection;

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
 * @param sections    the sections to run (all of them for the full report); {@code REPLAY} brings {@code PIPELINE}
 * @param replayArticles articles of the replay section; 0 for the default (2,000 with {@code quick}, else 100,000)
 * @param replayDays  days of event time the replay's articles are spread over; 0 for the default (730, two years;
 *                    2 with {@code quick}: 2,000 articles at the density of 1M over two years, as a sparse archive
 *                    would mostly measure RocksDB segment rolls)
 * @param replayPartitions partitions of the replay's topics but its articles topic (its parallel signals tasks); 0 for
 *                    the default of {@code BackfillRun} (the deployment's {@code topic.partitions}: 3 here)
 * @param restoreArticles articles processed before the kill of the restore section; 0 for the default (5,000 with
 *                    {@code quick}, else 1,000,000)
 * @param restoreDays days of event time the restore section's articles are spread over; 0 for the default (7)
 * @param appSettings settings of the stream apps under test ({@code --app-setting}), over the app's defaults
 */
public record BenchSettings(boolean quick, int articles, int repetitions, Path outDir, Path docs, long seed, int memoryArticles,
                            Path workDir, Set<BenchSection> sections, int replayArticles, int replayDays,
                            int replayPartitions, int restoreArticles, int restoreDays,
                            java.util.Map<String, String> appSettings) {
    public BenchSettings {
        appSettings = appSettings == null ? java.util.Map.of() : java.util.Map.copyOf(appSettings);
        java.util.Objects.requireNonNull(workDir, "workDir");
        sections = sections == null || sections.isEmpty() ? EnumSet.allOf(BenchSection.class) : EnumSet.copyOf(sections);
        if (sections.contains(BenchSection.REPLAY)) {
            sections.add(BenchSection.PIPELINE); // the replay is compared with the live pipeline of the same run
        }
        sections = Collections.unmodifiableSet(sections);
        if (replayDays < 0) {
            throw new IllegalArgumentException("replayDays must be 0 (default) or >= 1");
        }
        if (replayPartitions < 0) {
            throw new IllegalArgumentException("replayPartitions must be 0 (default) or >= 1");
        }
        if (replayArticles != 0 && replayArticles < 100) {
            throw new IllegalArgumentException("replayArticles must be 0 (default) or >= 100");
        }
        if (restoreArticles != 0 && restoreArticles < 1_000) {
            throw new IllegalArgumentException("restoreArticles must be 0 (default) or >= 1000");
        }
        if (restoreDays < 0) {
            throw new IllegalArgumentException("restoreDays must be 0 (default) or >= 1");
        }
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

    /** Whether {@code section} runs. */
    public boolean runs(BenchSection section) {
        return sections.contains(section);
    }

    /** Whether every section runs (the full report). */
    public boolean all() {
        return sections.size() == BenchSection.values().length;
    }

    /** Days of event time the replay section's articles are spread over. */
    public int replayDays() {
        return replayDays > 0 ? replayDays : quick ? 2 : 730;
    }

    /** Articles of the replay section. */
    public int replayArticles() {
        return replayArticles > 0 ? replayArticles : quick ? 2_000 : 100_000;
    }

    /** Articles the restore section's app processes before it is killed. */
    public int restoreArticles() {
        return restoreArticles > 0 ? restoreArticles : quick ? 5_000 : 1_000_000;
    }

    /** Days of event time the restore section's articles are spread over. */
    public int restoreDays() {
        return restoreDays > 0 ? restoreDays : 7;
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
