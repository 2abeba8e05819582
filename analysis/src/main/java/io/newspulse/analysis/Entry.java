package io.newspulse.analysis;

/** One lexicon entry: what the term does, its weight, and for triggers and quantities the event it signals. */
record Entry(TermKind kind, double weight, EventCode event) {
}
