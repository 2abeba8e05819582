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
 * added. The root has a dense transition table, other states sorted transition arrays.
 */
public final class AhoCorasick {
    /** Receives each occurrence: {@code [start, end)} in the scanned text and the pattern number. */
    @FunctionalInterface
    public interface HitListener {
        void onHit(int start, int end, int pattern);
    }

    private final int[] rootNext;
    private final char[][] keys;
    private final int[][] targets;
    private final int[] fail;
    private final int[] outputLink;
    private final int[][] outputs;
    private final int[] patternLength;

    private AhoCorasick(Builder b) {
        int states = b.trie.size();
        keys = new char[states][];
        targets = new int[states][];
        for (int s = 0; s < states; s++) {
            Map<Character, Integer> edges = b.trie.get(s);
            keys[s] = new char[edges.size()];
            targets[s] = new int[edges.size()];
            int i = 0;
            for (Map.Entry<Character, Integer> e : edges.entrySet()) { // TreeMap: sorted keys
                keys[s][i] = e.getKey();
                targets[s][i] = e.getValue();
                i++;
            }
        }
        rootNext = new int[Character.MAX_VALUE + 1];
        for (int i = 0; i < keys[0].length; i++) {
            rootNext[keys[0][i]] = targets[0][i];
        }
        outputs = new int[states][];
        for (int s = 0; s < states; s++) {
            List<Integer> out = b.out.get(s);
            outputs[s] = out.stream().mapToInt(Integer::intValue).toArray();
        }
        patternLength = b.lengths.stream().mapToInt(Integer::intValue).toArray();
        fail = new int[states];
        outputLink = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : targets[0]) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int i = 0; i < keys[s].length; i++) {
                char c = keys[s][i];
                int child = targets[s][i];
                int f = fail[s];
                int next = step(f, c);
                while (next < 0) {
                    f = fail[f];
                    next = step(f, c);
                }
                fail[child] = next;
                outputLink[child] = outputs[next].length > 0 ? next : outputLink[next];
                queue.add(child);
            }
        }
    }

    /** Transition from {@code state} on {@code c}; the root never fails (returns 0), others return -1. */
    private int step(int state, char c) {
        if (state == 0) {
            return rootNext[c];
        }
        int i = Arrays.binarySearch(keys[state], c);
        return i >= 0 ? targets[state][i] : -1;
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
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int next = step(state, c);
            while (next < 0) {
                state = fail[state];
                next = step(state, c);
            }
            state = next;
            int o = outputs[state].length > 0 ? state : outputLink[state];
            while (o > 0) {
                for (int p : outputs[o]) {
                    listener.onHit(i + 1 - patternLength[p], i + 1, p);
                }
                o = outputLink[o];
            }
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
