package io.newspulse.analysis;

/**
 * A clause of one field (title or body) in folded coordinates {@code [start, end)}, with the range of lexicon
 * hits inside it and its weight in the aggregate (contrast and concession move weight between clauses).
 */
final class Clause {
    final int start;
    final int end;
    final int hitFrom;
    final int hitTo;
    final boolean inTitle;
    final int sentence;
    double weight = 1.0;

    Clause(int start, int end, int hitFrom, int hitTo, boolean inTitle, int sentence) {
        this.start = start;
        this.end = end;
        this.hitFrom = hitFrom;
        this.hitTo = hitTo;
        this.inTitle = inTitle;
        this.sentence = sentence;
    }
}
