package io.newspulse.dedup.fingerprint;

import java.util.List;

/**
 * An article reduced to what identifies its story: punctuation-free, whitespace-collapsed, case-folded content
 * (title first) with boilerplate removed, the figures found in it, and how it is to be shingled.
 *
 * @param content     normalised title + body tokens separated by single spaces
 * @param numbers     distinct canonical figures ("4500", "4.5") in order of first appearance
 * @param sentences   hashes of the body's sentences
 * @param charShingles true for character n-grams (CJK), false for word shingles
 */
public record CleanedText(String content, List<String> numbers, long[] sentences, boolean charShingles) {
}
