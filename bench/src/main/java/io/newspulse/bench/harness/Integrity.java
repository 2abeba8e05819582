package io.newspulse.bench.harness;

import java.util.ArrayList;
import java.util.List;

/** Lost and duplicated records and dead letters counted against the generator's ground truth, over all runs. */
public final class Integrity {
    private long lost;
    private long duplicated;
    private long deadLetters;
    private final List<String> problems = new ArrayList<>();

    /** Adds one run's counts; {@code run} names it in the failure message. */
    public synchronized void add(String run, long lost, long duplicated, long deadLetters, List<String> sample) {
        this.lost += lost;
        this.duplicated += duplicated;
        this.deadLetters += deadLetters;
        if (lost > 0 || duplicated > 0 || deadLetters > 0) {
            problems.add(run + ": lost " + lost + ", duplicated " + duplicated + ", dead letters " + deadLetters
                    + (sample.isEmpty() ? "" : " (e.g. " + String.join(", ", sample) + ")"));
        }
    }

    public synchronized long lost() {
        return lost;
    }

    public synchronized long duplicated() {
        return duplicated;
    }

    public synchronized long deadLetters() {
        return deadLetters;
    }

    public synchronized boolean clean() {
        return problems.isEmpty();
    }

    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }
}
