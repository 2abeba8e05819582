package io.newspulse.dedup;

/** Outcome of comparing an article with one indexed article. */
public enum MatchKind {
    /** Same normalised text. */
    EXACT,
    /** Same story: re-wrapped copy or lightly edited update. */
    NEAR,
    /** Not the same story. */
    DIFFERENT
}
