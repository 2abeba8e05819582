package io.newspulse.tagging.match;

/**
 * One meaning of an automaton pattern: company number (index into the dictionary's company list), the kind
 * of pattern, and the form as written in the knowledge base (for case checks).
 */
public record Target(int company, PatternKind kind, String form) {
}
