package io.newspulse.tagging.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over UTF-16 chars: finds every occurrence of every pattern in one left-to-right
 * pass over the text. Immutable and thread-safe once built; patterns are numbered in the order they were
 * added.
 *
 * <p>Layout, for speed on long texts: chars are first mapped to a compact alphabet of the chars that occur in
 * patterns (class 0 stands for every other char and sends the scan straight back to the root). Transitions
 * live in a double array: the child of state {@code s} on class {@code c} is state {@code base[s] + c} when
 * {@code check[base[s] + c] == s}; states are placed depth first, so the chain of states through a long name
 * sits on neighbouring slots. Outputs are flattened into one array.
 *
 * <p>{@link #scanWordStarts} is the scan the tagger uses ({@link PatternMatcher}, for the patterns that do not start
 * with a letter or digit): it never starts a match inside a word (a letter or digit right after another), which its
 * own failure and output links (the longest suffix not starting inside a word) make possible without any check per
 * occurrence. At the root it skips, in a tight loop, every char that starts no pattern.
 */
public final class AhoCorasick {
    /** Receives each occurrence: {@code [start, end)} in the scanned text and the pattern number. */
    @FunctionalInterface
    public interface HitListener {
        void onHit(int start, int end, int pattern);
    }

    private static final int FREE = -1;

    /**
     * Compact class of every char, 0 for chars no pattern contains ({@link #CLASS} bits), plus {@link #WORD} for
     * the letters and digits of {@link CharClasses#isWord}.
     */
    private final char[] charClass;
    private static final int CLASS = 0x7FFF;
    private static final int WORD = 0x8000;
    private final int[] base;
    private final int[] check;
    private final int[] fail;
    /** The state whose outputs are the first to report on reaching a state (itself or an output link), 0 if none. */
    private final int[] report;
    /**
     * For {@link #scanWordStarts}: per state ({@code NODE} ints, so that a transition touches one cache line and
     * the hot part of the automaton takes half the cache it would with the links inline) check and base, both
     * as indexes into this array, the base with {@link #REPORTS} set when the state has something to report.
     */
    private final int[] nodes;
    private static final int NODE = 2;
    /** Low bit of a node's base (bases are even): the state has a record in {@link #wordReport}. */
    private static final int REPORTS = 1;
    /**
     * For {@link #scanWordStarts}, per state: the word-start failure link (as an index into {@link #nodes}) and
     * the first record to report in {@link #emit}, both skipping suffixes that start inside a word (see
     * {@link #wordStartStep}). Read only on a failure and at states that report, so kept out of {@link #nodes}.
     */
    private final int[] wordFailLink;
    private final int[] wordReport;
    private final int[] outputLink;
    /**
     * Outputs for {@link #scanWordStarts}, one record per state with outputs, found through the state's report
     * entry in {@link #nodes}: pattern count n, n (pattern, length) pairs, then the record of the next pattern
     * suffix that does not start inside a word (0: none). Index 0 is unused, so 0 means "no record".
     */
    private final int[] emit;
    private final int[] outputStart;
    private final int[] outputs;
    private final int[] patternLength;
    /** Per char: the root has a transition on it (a pattern starts with it). At the root, others are skipped. */
    private final boolean[] startsPattern;

    private AhoCorasick(Builder b) {
        patternLength = b.lengths.stream().mapToInt(Integer::intValue).toArray();
        charClass = compactAlphabet(b.trie);
        startsPattern = new boolean[Character.MAX_VALUE + 1];
        for (char c : b.trie.get(0).keySet()) {
            startsPattern[c] = true;
        }
        Layout layout = new Layout(b.trie, charClass);
        base = layout.base;
        check = layout.check;
        int slots = base.length;
        int[] slotOf = layout.slotOf;

        outputStart = new int[slots + 1];
        int total = 0;
        for (List<Integer> out : b.out) {
            total += out.size();
        }
        int[] counts = new int[slots];
        for (int s = 0; s < b.out.size(); s++) {
            counts[slotOf[s]] = b.out.get(s).size();
        }
        for (int t = 0; t < slots; t++) {
            outputStart[t + 1] = outputStart[t] + counts[t];
        }
        outputs = new int[total];
        for (int s = 0; s < b.out.size(); s++) {
            int at = outputStart[slotOf[s]];
            for (int p : b.out.get(s)) {
                outputs[at++] = p;
            }
        }

        fail = new int[slots];
        outputLink = new int[slots];
        report = new int[slots];
        // The word-start links: the longest proper suffix that is a state and does not start inside a word of
        // the state's string. Such suffixes of q·c are u·c for u such a suffix of q, or c alone when c and the
        // last char of q are not both word chars.
        int[] wordFail = new int[slots];
        int[] wordOutputLink = new int[slots];
        char[] lastChar = new char[slots];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int slot = slotOf[s];
            for (Map.Entry<Character, Integer> e : b.trie.get(s).entrySet()) {
                char c = e.getKey();
                int cls = charClass[c] & CLASS;
                int child = slotOf[e.getValue()];
                lastChar[child] = c;
                int next = slot == 0 ? 0 : step(fail[slot], cls);
                fail[child] = next;
                outputLink[child] = hasOutput(next) ? next : outputLink[next];
                report[child] = hasOutput(child) ? child : outputLink[child];
                int wordNext = slot == 0 ? 0 : wordStartStep(wordFail, wordFail[slot], cls,
                        CharClasses.isWord(c) && CharClasses.isWord(lastChar[slot]));
                wordFail[child] = wordNext;
                wordOutputLink[child] = hasOutput(wordNext) ? wordNext : wordOutputLink[wordNext];
                queue.add(e.getValue());
            }
        }
        int[] record = new int[slots];
        int size = 1;
        for (int t = 0; t < slots; t++) {
            if (hasOutput(t)) {
                record[t] = size;
                size += 2 + 2 * (outputStart[t + 1] - outputStart[t]);
            }
        }
        emit = new int[size];
        nodes = new int[slots * NODE];
        wordFailLink = new int[slots];
        wordReport = new int[slots];
        for (int t = 0; t < slots; t++) {
            int linked = wordOutputLink[t];
            if (hasOutput(t)) {
                int r = record[t];
                int n = outputStart[t + 1] - outputStart[t];
                emit[r] = n;
                for (int k = 0; k < n; k++) {
                    int p = outputs[outputStart[t] + k];
                    emit[r + 1 + 2 * k] = p;
                    emit[r + 2 + 2 * k] = patternLength[p];
                }
                emit[r + 1 + 2 * n] = record[linked];
            }
            int first = hasOutput(t) ? record[t] : record[linked];
            nodes[t * NODE] = check[t] * NODE;
            nodes[t * NODE + 1] = base[t] * NODE | (first != 0 ? REPORTS : 0);
            wordFailLink[t] = wordFail[t] * NODE;
            wordReport[t] = first;
        }
    }

    /** The automaton {@link #writeTo} wrote (see {@link DictionaryImage}). */
    private AhoCorasick(DictionaryImage.In in) {
        charClass = in.chars();
        base = in.ints();
        check = in.ints();
        fail = in.ints();
        report = in.ints();
        nodes = in.ints();
        wordFailLink = in.ints();
        wordReport = in.ints();
        outputLink = in.ints();
        emit = in.ints();
        outputStart = in.ints();
        outputs = in.ints();
        patternLength = in.ints();
        startsPattern = in.booleans();
    }

    static AhoCorasick readFrom(DictionaryImage.In in) {
        return new AhoCorasick(in);
    }

    /** Writes every field, in the order the reading constructor reads them. */
    void writeTo(DictionaryImage.Out out) throws java.io.IOException {
        out.chars(charClass);
        out.ints(base);
        out.ints(check);
        out.ints(fail);
        out.ints(report);
        out.ints(nodes);
        out.ints(wordFailLink);
        out.ints(wordReport);
        out.ints(outputLink);
        out.ints(emit);
        out.ints(outputStart);
        out.ints(outputs);
        out.ints(patternLength);
        out.booleans(startsPattern);
    }

    /**
     * Follows word-start links from {@code state} until a transition on {@code cls}; from the root the
     * transition is refused when it would start inside a word ({@code insideWord}).
     */
    private int wordStartStep(int[] wordFail, int state, int cls, boolean insideWord) {
        int s = state;
        while (true) {
            int t = base[s] + cls;
            if (check[t] == s) {
                return s == 0 && insideWord ? 0 : t;
            }
            if (s == 0) {
                return 0;
            }
            s = wordFail[s];
        }
    }

    private boolean hasOutput(int slot) {
        return outputStart[slot + 1] > outputStart[slot];
    }

    /** Goto-or-fail transition: the state reached from {@code state} on class {@code cls}. */
    private int step(int state, int cls) {
        int s = state;
        while (true) {
            int t = base[s] + cls;
            if (check[t] == s) {
                return t;
            }
            if (s == 0) {
                return 0;
            }
            s = fail[s];
        }
    }

    /** Numbers the pattern chars 1..n, the most frequent first (denser rows pack better). */
    private static char[] compactAlphabet(List<Map<Character, Integer>> trie) {
        int[] frequency = new int[Character.MAX_VALUE + 1];
        for (Map<Character, Integer> edges : trie) {
            for (char c : edges.keySet()) {
                frequency[c]++;
            }
        }
        List<Character> used = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (frequency[c] > 0) {
                used.add((char) c);
            }
        }
        used.sort((x, y) -> frequency[y] != frequency[x] ? Integer.compare(frequency[y], frequency[x])
                : Character.compare(x, y));
        if (used.size() > CLASS) {
            throw new IllegalArgumentException("too many distinct pattern chars: " + used.size());
        }
        char[] classes = new char[Character.MAX_VALUE + 1];
        for (int i = 0; i < used.size(); i++) {
            classes[used.get(i)] = (char) (i + 1);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (CharClasses.isWord((char) c)) {
                classes[c] |= WORD;
            }
        }
        return classes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of patterns. */
    public int patternCount() {
        return patternLength.length;
    }

    /** Reports every occurrence of every pattern in {@code text}, ordered by end offset. */
    public void scan(CharSequence text, HitListener listener) {
        int n = text.length();
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = text.charAt(i);
        }
        scan(chars, n, listener);
    }

    /** As {@link #scan(CharSequence, HitListener)} over the first {@code length} chars of {@code text}. */
    public void scan(char[] text, int length, HitListener listener) {
        int state = 0;
        for (int i = 0; i < length; i++) {
            int cls = charClass[text[i]] & CLASS;
            state = cls == 0 ? 0 : step(state, cls);
            for (int o = report[state]; o > 0; o = outputLink[o]) {
                for (int k = outputStart[o], end = outputStart[o + 1]; k < end; k++) {
                    int p = outputs[k];
                    listener.onHit(i + 1 - patternLength[p], i + 1, p);
                }
            }
        }
    }

    /**
     * As {@link #scan(char[], int, HitListener)}, but leaves out every occurrence that starts inside a word: a
     * letter or digit of {@link CharClasses#isWord} right after another. Such occurrences never pass the
     * boundary rules, and skipping them lets the scan rest at the root through the rest of a word.
     */
    public void scanWordStarts(char[] text, int length, HitListener listener) {
        final char[] classes = charClass;
        final int[] nodes = this.nodes;
        final int[] failLink = wordFailLink;
        // States are addressed by their index into `nodes` (slot * NODE); check, base and fail are stored so.
        // Every state reached stands for a string that starts at a word start or with a non-word char.
        final boolean[] starts = startsPattern;
        int state = 0;
        boolean previousWord = false;
        for (int i = 0; i < length; i++) {
            if (state == 0 && !starts[text[i]]) {
                // at the root, nothing happens until a char that starts a pattern: skip to it
                do {
                    i++;
                } while (i < length && !starts[text[i]]);
                if (i == length) {
                    break;
                }
                previousWord = classes[text[i - 1]] >= WORD;
            }
            int c = classes[text[i]];
            boolean word = c >= WORD;
            if (word && previousWord && state == 0) {
                continue; // inside a word at the root: nothing can start here
            }
            int cls = c & CLASS;
            if (cls == 0) {
                state = 0;
                previousWord = word;
                continue;
            }
            int s = state;
            int scaled = cls * NODE;
            while (true) {
                int t = (nodes[s + 1] & ~REPORTS) + scaled;
                if (nodes[t] == s) {
                    state = s != 0 || !(word && previousWord) ? t : 0;
                    break;
                }
                if (s == 0) {
                    state = 0;
                    break;
                }
                s = failLink[s / NODE];
            }
            previousWord = word;
            if ((nodes[state + 1] & REPORTS) == 0) {
                continue;
            }
            for (int r = wordReport[state / NODE]; r != 0; r = emit[r + 1 + 2 * emit[r]]) {
                for (int k = r + 1, end = r + 1 + 2 * emit[r]; k < end; k += 2) {
                    listener.onHit(i + 1 - emit[k + 1], i + 1, emit[k]);
                }
            }
        }
    }

    /** Places the trie states in the double array: {@code slotOf} maps trie state to slot (state id). */
    private static final class Layout {
        int[] base;
        int[] check;
        final int[] slotOf;
        private int[] nextFree;
        private int[] prevFree;
        private int capacity;

        Layout(List<Map<Character, Integer>> trie, char[] charClass) {
            int alphabet = 1;
            for (char c : charClass) {
                alphabet = Math.max(alphabet, (c & CLASS) + 1);
            }
            slotOf = new int[trie.size()];
            grow(Math.max(1024, trie.size() + alphabet + 1));
            take(0);
            int maxSlot = 0;
            // Depth-first placement: a chain of single-child states (the tail of a long name) lands on
            // consecutive slots, so scanning through a name reads neighbouring cache lines.
            ArrayDeque<Integer> stack = new ArrayDeque<>();
            stack.push(0);
            while (!stack.isEmpty()) {
                int s = stack.pop();
                Map<Character, Integer> edges = trie.get(s);
                int slot = slotOf[s];
                if (edges.isEmpty()) {
                    base[slot] = 0;
                    continue;
                }
                int[] classes = new int[edges.size()];
                int[] children = new int[edges.size()];
                int k = 0;
                for (Map.Entry<Character, Integer> e : edges.entrySet()) {
                    classes[k] = charClass[e.getKey()] & CLASS;
                    children[k] = e.getValue();
                    k++;
                }
                int b = findBase(classes);
                base[slot] = b;
                for (int i = 0; i < classes.length; i++) {
                    int childSlot = b + classes[i];
                    take(childSlot);
                    check[childSlot] = slot;
                    slotOf[children[i]] = childSlot;
                    maxSlot = Math.max(maxSlot, childSlot);
                }
                for (int i = children.length - 1; i >= 0; i--) {
                    stack.push(children[i]);
                }
            }
            int length = maxSlot + alphabet + 1;
            base = Arrays.copyOf(base, length);
            check = Arrays.copyOf(check, length);
            for (int t = maxSlot + 1; t < length; t++) {
                check[t] = FREE;
            }
            check[0] = FREE;
        }

        /** Smallest base at which every class of {@code classes} lands on a free slot (slot 0 is the root). */
        private int findBase(int[] classes) {
            int min = classes[0];
            for (int c : classes) {
                min = Math.min(min, c);
            }
            int max = maxOf(classes);
            int free = nextFree[0];
            while (true) {
                if (free == capacity) {
                    grow(capacity * 2); // the old tail sentinel becomes a free slot
                    continue;
                }
                if (free - min < 0) {
                    free = nextFree[free];
                    continue;
                }
                int b = free - min;
                ensure(b + max + 1);
                boolean fits = true;
                for (int c : classes) {
                    if (check[b + c] != FREE) {
                        fits = false;
                        break;
                    }
                }
                if (fits) {
                    return b;
                }
                free = nextFree[free];
            }
        }

        private static int maxOf(int[] values) {
            int max = 0;
            for (int v : values) {
                max = Math.max(max, v);
            }
            return max;
        }

        private void ensure(int size) {
            if (size >= capacity) {
                grow(Math.max(size + 1, capacity * 2));
            }
        }

        /** Grows the arrays; new slots are free and chained at the end of the free list. */
        private void grow(int newCapacity) {
            int old = capacity;
            base = base == null ? new int[newCapacity] : Arrays.copyOf(base, newCapacity);
            check = check == null ? new int[newCapacity] : Arrays.copyOf(check, newCapacity);
            nextFree = nextFree == null ? new int[newCapacity + 1] : Arrays.copyOf(nextFree, newCapacity + 1);
            prevFree = prevFree == null ? new int[newCapacity + 1] : Arrays.copyOf(prevFree, newCapacity + 1);
            // Free slots form a doubly linked list: nextFree[0] is the head (slot 0, the root, is never free)
            // and index `capacity` is the tail sentinel.
            int tail = old == 0 ? 0 : prevFree[old];
            for (int t = Math.max(old, 1); t < newCapacity; t++) {
                check[t] = FREE;
                nextFree[tail] = t;
                prevFree[t] = tail;
                tail = t;
            }
            nextFree[tail] = newCapacity;
            prevFree[newCapacity] = tail;
            nextFree[newCapacity] = newCapacity;
            capacity = newCapacity;
        }

        private void take(int slot) {
            if (slot == 0) {
                check[0] = 0;
                return;
            }
            ensure(slot + 1);
            int p = prevFree[slot];
            int n = nextFree[slot];
            nextFree[p] = n;
            prevFree[n] = p;
            check[slot] = 0;
        }
    }

    /** Collects patterns; {@link #build()} may be called once. */
    public static final class Builder {
        private final List<Map<Character, Integer>> trie = new ArrayList<>();
        private final List<List<Integer>> out = new ArrayList<>();
        private final List<Integer> lengths = new ArrayList<>();

        private Builder() {
            newState();
        }

        private int newState() {
            trie.add(new TreeMap<>());
            out.add(new ArrayList<>(1));
            return trie.size() - 1;
        }

        /** Adds a non-empty pattern and returns its number. */
        public int add(CharSequence pattern) {
            if (pattern.length() == 0) {
                throw new IllegalArgumentException("empty pattern");
            }
            int state = 0;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                Integer next = trie.get(state).get(c);
                if (next == null) {
                    next = newState();
                    trie.get(state).put(c, next);
                }
                state = next;
            }
            int id = lengths.size();
            lengths.add(pattern.length());
            out.get(state).add(id);
            return id;
        }

        public AhoCorasick build() {
            return new AhoCorasick(this);
        }
    }
}
