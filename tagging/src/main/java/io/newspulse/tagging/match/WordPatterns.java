package io.newspulse.tagging.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word-level first pass of {@link PatternMatcher}: finds patterns that start with a word char (a letter or
 * digit of {@link CharClasses#isWord}: Latin, Greek, Cyrillic...) one word at a time instead of one char at a time.
 *
 * <p>Such a pattern can only occur at a word start of the text, and every word end inside it (a word char followed
 * by a non-word char) is a word end of the text too. So the pass hashes each word of the text once, looks the hash
 * up among the patterns' first words, and only when some pattern starts with that word extends the hash over the
 * text's next separator and word and looks up again, as long as a longer pattern starts with what was read. The
 * prefixes ending at a word end of some pattern are the keys: {@link #firstTable} holds the first words (about 32k
 * for the built-in knowledge base: small enough to stay in cache, and most words of a text are looked up there
 * only), {@link #nextTable} the longer ones. A key's record lists the patterns equal to the prefix and those that
 * are the prefix plus a tail of non-word chars ("inc." → "inc" + "."); each is compared char by char with the text
 * before it is reported, so a hash collision can cost a comparison but never a wrong hit.
 *
 * <p>Occurrences that end inside a word of the text (a word char followed by another) are not reported: a pattern
 * made only of word chars is only looked for as a whole word. Immutable and thread-safe.
 */
final class WordPatterns {
    /** {@link CharClasses#isWord} for every char. */
    private static final boolean[] WORD = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            WORD[c] = CharClasses.isWord((char) c);
        }
    }

    /** The first odd multiplier of the per-char hash step {@code h = (h + c) * multiplier}. */
    private static final long M = 0x9E3779B97F4A7C15L;
    /** Hashes tried before the build gives up (two keys clash in one try with a chance of about 1 in 10,000). */
    private static final int ATTEMPTS = 64;
    /** A table value: the key continues into longer keys. */
    private static final int CONTINUES = 1 << 31;
    /** A table value: index of the key's record in {@link #records} (0: no pattern ends here). */
    private static final int RECORD = ~CONTINUES;
    /** Ints per pattern in a record: pattern number, offset in {@link #pool}, length. */
    private static final int ENTRY = 3;

    private final long seed;
    private final long multiplier;
    /** Open addressing, linear probing: a slot is (fingerprint << 32 | value), 0 when empty. */
    private final long[] firstTable;
    private final int firstMask;
    private final long[] nextTable;
    private final int nextMask;
    /**
     * Blocked Bloom filters of the keys of {@link #firstTable} and {@link #nextTable} (one long per block, three
     * bits per key): most words and word pairs of a text start no pattern, and the filters, 16 times smaller
     * than the tables, turn them away without the cache miss a table probe costs.
     */
    private final long[] firstFilter;
    private final long[] nextFilter;
    /**
     * Per key with outputs: count n of patterns equal to the key, n entries, count m of patterns that are the key
     * plus a non-word tail, m entries (see {@link #ENTRY}). Index 0 is unused.
     */
    private final int[] records;
    /** The chars of every pattern, one after the other. */
    private final char[] pool;
    private final int maxLength;
    private final int patternCount;

    private WordPatterns(List<String> patterns, List<Integer> numbers) {
        patternCount = patterns.size();
        Map<String, Key> first = new HashMap<>();
        Map<String, Key> next = new HashMap<>();
        StringBuilder chars = new StringBuilder();
        int longest = 0;
        for (int k = 0; k < patterns.size(); k++) {
            String p = patterns.get(k);
            if (!startsWithWord(p)) {
                throw new IllegalArgumentException("pattern does not start with a word char: " + p);
            }
            int[] entry = {numbers.get(k), chars.length(), p.length()};
            chars.append(p);
            longest = Math.max(longest, p.length());
            Key key = null;
            int lastEnd = 0;
            for (int i = 0; i < p.length(); i++) {
                if (WORD[p.charAt(i)] && (i + 1 == p.length() || !WORD[p.charAt(i + 1)])) {
                    if (key != null) {
                        key.continues = true;
                    }
                    key = (lastEnd == 0 ? first : next).computeIfAbsent(p.substring(0, i + 1), s -> new Key());
                    lastEnd = i + 1;
                }
            }
            (lastEnd == p.length() ? key.exact : key.tails).add(entry);
        }
        pool = chars.toString().toCharArray();
        maxLength = longest;
        List<Integer> recordList = new ArrayList<>();
        recordList.add(0);
        for (Map<String, Key> keys : List.of(first, next)) {
            for (Key key : keys.values()) {
                key.value = key.continues ? CONTINUES : 0;
                if (!key.exact.isEmpty() || !key.tails.isEmpty()) {
                    key.value |= recordList.size();
                    for (List<int[]> list : List.of(key.exact, key.tails)) {
                        recordList.add(list.size());
                        for (int[] e : list) {
                            for (int v : e) {
                                recordList.add(v);
                            }
                        }
                    }
                }
            }
        }
        records = recordList.stream().mapToInt(Integer::intValue).toArray();
        firstMask = capacity(first.size()) - 1;
        nextMask = capacity(next.size()) - 1;
        long s = 0x2545F4914F6CDD1DL;
        long m = M;
        for (int attempt = 0; ; attempt++) {
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("no hash tells the " + (first.size() + next.size()) + " keys apart");
            }
            long[] f = new long[firstMask + 1];
            long[] n = new long[nextMask + 1];
            if (fill(f, first, s, m) && fill(n, next, s, m)) {
                firstTable = f;
                nextTable = n;
                break;
            }
            // two keys the tables cannot tell apart: another seed and multiplier (a new seed alone would not
            // separate two keys of one length whose hashes are equal)
            s = s * M + 1;
            m = mix(s) | 1;
        }
        seed = s;
        multiplier = m;
        firstFilter = filter(first.keySet(), seed, multiplier);
        nextFilter = filter(next.keySet(), seed, multiplier);
    }

    /** The patterns {@link #writeTo} wrote (see {@link DictionaryImage}). */
    private WordPatterns(DictionaryImage.In in) {
        seed = in.longValue();
        multiplier = in.longValue();
        firstTable = in.longs();
        firstMask = in.integer();
        nextTable = in.longs();
        nextMask = in.integer();
        firstFilter = in.longs();
        nextFilter = in.longs();
        records = in.ints();
        pool = in.chars();
        maxLength = in.integer();
        patternCount = in.integer();
    }

    static WordPatterns readFrom(DictionaryImage.In in) {
        return new WordPatterns(in);
    }

    /** Writes every field, in the order the reading constructor reads them. */
    void writeTo(DictionaryImage.Out out) throws java.io.IOException {
        out.longValue(seed);
        out.longValue(multiplier);
        out.longs(firstTable);
        out.integer(firstMask);
        out.longs(nextTable);
        out.integer(nextMask);
        out.longs(firstFilter);
        out.longs(nextFilter);
        out.ints(records);
        out.chars(pool);
        out.integer(maxLength);
        out.integer(patternCount);
    }

    private static long[] filter(Iterable<String> keys, long seed, long multiplier) {
        int count = 0;
        for (String ignored : keys) {
            count++;
        }
        int blocks = 1;
        while (blocks * 6L < count) {
            blocks <<= 1;
        }
        long[] filter = new long[blocks];
        for (String key : keys) {
            long x = filterMix(hash(seed, multiplier, key));
            filter[(int) (x >>> 20) & (blocks - 1)] |= filterBits(x);
        }
        return filter;
    }

    private static long filterMix(long h) {
        return (h ^ (h >>> 29)) * 0xBF58476D1CE4E5B9L;
    }

    /** Three bits of a block, from the top 18 bits of the mixed hash (the block comes from lower bits). */
    private static long filterBits(long x) {
        return (1L << (x >>> 58)) | (1L << (x >>> 52)) | (1L << (x >>> 46));
    }

    /** False when no key has hash {@code h}; true when one may. */
    private static boolean mayContain(long[] filter, long h) {
        long x = filterMix(h);
        long bits = filterBits(x);
        return (filter[(int) (x >>> 20) & (filter.length - 1)] & bits) == bits;
    }

    private static final class Key {
        boolean continues;
        final List<int[]> exact = new ArrayList<>(1);
        final List<int[]> tails = new ArrayList<>(0);
        int value;
    }

    /** A power of two at least 2.5 times {@code keys}: linear probing stays short, and misses are the common case. */
    private static int capacity(int keys) {
        int c = 16;
        while (c < keys * 5L / 2) {
            c <<= 1;
        }
        return c;
    }

    /** Inserts every key; false when some key's lookup would not find its own slot (a fingerprint clash). */
    private static boolean fill(long[] table, Map<String, Key> keys, long seed, long multiplier) {
        int mask = table.length - 1;
        for (Map.Entry<String, Key> e : keys.entrySet()) {
            long x = mix(hash(seed, multiplier, e.getKey()));
            int fingerprint = (int) (x >>> 32);
            int slot = (int) x & mask;
            while (table[slot] != 0) {
                if ((int) (table[slot] >>> 32) == fingerprint) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = (long) fingerprint << 32 | (e.getValue().value & 0xFFFFFFFFL);
        }
        return true;
    }

    private static long hash(long seed, long multiplier, String key) {
        long h = seed;
        for (int i = 0; i < key.length(); i++) {
            h = (h + key.charAt(i)) * multiplier;
        }
        return h;
    }

    private static long mix(long h) {
        long x = (h ^ (h >>> 31)) * 0xD6E8FEB86659FD93L;
        return x ^ (x >>> 32);
    }

    /** The value stored for hash {@code h}, 0 when the table has no such key. */
    private static int lookup(long[] table, int mask, long h) {
        long x = mix(h);
        int fingerprint = (int) (x >>> 32);
        int slot = (int) x & mask;
        while (true) {
            long e = table[slot];
            if (e == 0) {
                return 0;
            }
            if ((int) (e >>> 32) == fingerprint) {
                return (int) e;
            }
            slot = (slot + 1) & mask;
        }
    }

    static boolean startsWithWord(CharSequence pattern) {
        return pattern.length() > 0 && WORD[pattern.charAt(0)];
    }

    /** {@code patterns} (each starting with a word char) reported under the given {@code numbers}. */
    static WordPatterns of(List<String> patterns, List<Integer> numbers) {
        return new WordPatterns(patterns, numbers);
    }

    int patternCount() {
        return patternCount;
    }

    /**
     * Reports every occurrence in the first {@code length} chars of {@code text} that starts at a word start and
     * does not end inside a word, in no particular order.
     */
    void scan(char[] text, int length, AhoCorasick.HitListener listener) {
        final boolean[] word = WORD;
        final long[] table = firstTable;
        final int mask = firstMask;
        final long[] filter = firstFilter;
        final long mul = multiplier;
        int i = 0;
        while (i < length) {
            char c = text[i];
            if (!word[c]) {
                i++;
                continue;
            }
            int start = i;
            long h = seed;
            do {
                h = (h + c) * mul;
                i++;
            } while (i < length && word[c = text[i]]);
            if (!mayContain(filter, h)) {
                continue;
            }
            int value = lookup(table, mask, h);
            if (value != 0) {
                extend(text, length, start, i, h, value, listener);
            }
        }
    }

    /**
     * From a key found at {@code [start, end)} (hash {@code h}, table value {@code value}): reports its patterns,
     * then reads on over the next separator and word while longer keys match.
     */
    private void extend(char[] text, int length, int start, int end, long h, int value,
                        AhoCorasick.HitListener listener) {
        final boolean[] word = WORD;
        int limit = Math.min(length, start + maxLength);
        final long mul = multiplier;
        int v = value;
        int at = end;
        long hash = h;
        while (true) {
            if ((v & RECORD) != 0) {
                report(text, length, start, at, v & RECORD, listener);
            }
            if ((v & CONTINUES) == 0) {
                return;
            }
            int j = at;
            while (j < limit && !word[text[j]]) {
                hash = (hash + text[j]) * mul;
                j++;
            }
            if (j >= limit) {
                return;
            }
            while (j < limit && word[text[j]]) {
                hash = (hash + text[j]) * mul;
                j++;
            }
            if (j < length && word[text[j]]) {
                return; // the word runs past the longest pattern
            }
            at = j;
            if (!mayContain(nextFilter, hash)) {
                return;
            }
            v = lookup(nextTable, nextMask, hash);
            if (v == 0) {
                return;
            }
        }
    }

    /** Reports the patterns of record {@code r} that the text really holds at {@code start} (key ends at {@code end}). */
    private void report(char[] text, int length, int start, int end, int r, AhoCorasick.HitListener listener) {
        int[] rec = records;
        int n = rec[r];
        int k = r + 1;
        for (int e = k + ENTRY * n; k < e; k += ENTRY) {
            int len = rec[k + 2];
            if (len == end - start && same(text, start, rec[k + 1], len)) {
                listener.onHit(start, end, rec[k]);
            }
        }
        int m = rec[k];
        k++;
        for (int e = k + ENTRY * m; k < e; k += ENTRY) {
            int len = rec[k + 2];
            if (start + len <= length && same(text, start, rec[k + 1], len)) {
                listener.onHit(start, start + len, rec[k]);
            }
        }
    }

    private boolean same(char[] text, int start, int offset, int len) {
        char[] p = pool;
        for (int k = 0; k < len; k++) {
            if (text[start + k] != p[offset + k]) {
                return false;
            }
        }
        return true;
    }
}
