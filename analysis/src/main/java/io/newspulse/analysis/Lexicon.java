package io.newspulse.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The word lists of one language, compiled into a character trie over folded text ({@link Fold}). Immutable
 * after loading.
 *
 * <h2>File format</h2>
 * {@code io/newspulse/analysis/lexicon/<lang>.tsv}, UTF-8, one entry a line, {@code #} starts a comment:
 * {@code term <TAB> KIND [<TAB> weight] [<TAB> event_code]}. A term ending in {@code *} is a stem (any word
 * ending may follow: {@code downgrad*}); a term starting with {@code *} may end a longer word (German compounds:
 * {@code *rückgang}). Latin terms otherwise match whole words only; CJK and Hangul terms match anywhere.
 * A term may have several entries (e.g. {@code loss} is a BAD quantity and an EARNINGS trigger).
 */
final class Lexicon {
    private final Node root = new Node();
    private final Map<TermKind, Integer> sizes = new EnumMap<>(TermKind.class);
    private int terms;
    private boolean hasInfix;

    static final class Node {
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        Entry[] entries;
        boolean stem;
        boolean infix;

        Node child(char c) {
            char[] k = keys;
            int lo = 0;
            int hi = k.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char m = k[mid];
                if (m < c) {
                    lo = mid + 1;
                } else if (m > c) {
                    hi = mid - 1;
                } else {
                    return kids[mid];
                }
            }
            return null;
        }

        Node addChild(char c) {
            Node n = child(c);
            if (n != null) {
                return n;
            }
            int pos = 0;
            while (pos < keys.length && keys[pos] < c) {
                pos++;
            }
            char[] nk = new char[keys.length + 1];
            Node[] nn = new Node[kids.length + 1];
            System.arraycopy(keys, 0, nk, 0, pos);
            System.arraycopy(kids, 0, nn, 0, pos);
            nk[pos] = c;
            n = new Node();
            nn[pos] = n;
            System.arraycopy(keys, pos, nk, pos + 1, keys.length - pos);
            System.arraycopy(kids, pos, nn, pos + 1, kids.length - pos);
            keys = nk;
            kids = nn;
            return n;
        }
    }

    /** A term found in folded text: {@code [start, end)} and its entries. */
    record Hit(int start, int end, Entry[] entries, int kinds) {
        Hit(int start, int end, Entry[] entries) {
            this(start, end, entries, kindsOf(entries));
        }

        static int kindsOf(Entry[] entries) {
            int mask = 0;
            for (Entry e : entries) {
                mask |= 1 << e.kind().ordinal();
            }
            return mask;
        }

        boolean has(TermKind kind) {
            return (kinds & (1 << kind.ordinal())) != 0;
        }

        Entry get(TermKind kind) {
            for (Entry e : entries) {
                if (e.kind() == kind) {
                    return e;
                }
            }
            return null;
        }
    }

    /** Loads {@code lexicon/<lang>.tsv} from the classpath. */
    static Lexicon load(Lang lang) {
        String path = "lexicon/" + lang.code() + ".tsv";
        Lexicon lexicon = new Lexicon();
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                lexicon.addLine(line, path + ":" + number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }

    /** Builds a lexicon from lines in the file format (tests). */
    static Lexicon of(String... lines) {
        Lexicon lexicon = new Lexicon();
        for (int i = 0; i < lines.length; i++) {
            lexicon.addLine(lines[i], "line " + (i + 1));
        }
        return lexicon;
    }

    private void addLine(String raw, String where) {
        int hash = raw.indexOf('#');
        String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (line.isEmpty()) {
            return;
        }
        String[] cols = line.split("\t+");
        if (cols.length < 2) {
            throw new IllegalArgumentException(where + ": expected term<TAB>KIND, got '" + raw + "'");
        }
        String term = cols[0].strip();
        TermKind kind;
        try {
            kind = TermKind.valueOf(cols[1].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown kind " + cols[1], e);
        }
        double weight = 1.0;
        EventCode event = null;
        for (int c = 2; c < cols.length; c++) {
            String col = cols[c].strip();
            Optional<EventCode> code = EventCode.fromCode(col);
            if (code.isPresent()) {
                event = code.get();
            } else {
                try {
                    weight = Double.parseDouble(col);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": neither weight nor event code: " + col, e);
                }
            }
        }
        if ((kind == TermKind.EVENT || kind == TermKind.PRIOR) && event == null) {
            throw new IllegalArgumentException(where + ": " + kind + " needs an event code");
        }
        add(term, new Entry(kind, weight, event), where);
    }

    private void add(String term, Entry entry, String where) {
        boolean stem = term.endsWith("*");
        boolean infix = term.startsWith("*");
        String body = term.substring(infix ? 1 : 0, term.length() - (stem ? 1 : 0));
        String folded = Fold.of(java.text.Normalizer.normalize(body, java.text.Normalizer.Form.NFKC));
        if (folded.isEmpty()) {
            return;
        }
        Node n = root;
        for (int i = 0; i < folded.length(); i++) {
            n = n.addChild(folded.charAt(i));
        }
        n.stem |= stem;
        n.infix |= infix;
        hasInfix |= infix;
        compiled = null;
        if (n.entries == null) {
            n.entries = new Entry[] {entry};
            terms++;
        } else {
            for (Entry e : n.entries) {
                if (e.kind() == entry.kind() && e.event() == entry.event()) {
                    if (e.weight() == entry.weight()) {
                        return; // a spelling that folds to one already listed (didn’t / didn't): counted once
                    }
                    // both would count: a term listed twice weighs double without anyone meaning it
                    throw new IllegalArgumentException(where + ": '" + term + "' is already listed as " + e.kind()
                            + (e.event() == null ? "" : " " + e.event()) + " with weight " + e.weight());
                }
            }
            n.entries = Arrays.copyOf(n.entries, n.entries.length + 1);
            n.entries[n.entries.length - 1] = entry;
        }
        sizes.merge(entry.kind(), 1, Integer::sum);
    }

    /** Number of distinct terms. */
    int terms() {
        return terms;
    }

    /** Number of entries of {@code kind}. */
    int size(TermKind kind) {
        return sizes.getOrDefault(kind, 0);
    }

    /** True for chars of space-delimited scripts that make up words (Latin, Greek, Cyrillic letters, digits). */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return c < 0x0530 && Character.isLetterOrDigit(c);
    }

    /**
     * The trie compiled for scanning, small enough to stay in the L1/L2 cache: nodes are numbered breadth first, so
     * the children of a node are consecutive numbers and the chars on their incoming edges ({@code label}) sit side
     * by side, ascending; a transition reads the node's child range and compares a few chars. Entries and flags are
     * in arrays indexed by node.
     */
    private static final class Compiled {
        final int[] rootNext = new int[0x10000];
        /** One bit per char that starts a term: a small filter that stays in the L1 cache. */
        final long[] firstChars = new long[0x10000 / 64];
        final Entry[][] entries;
        /**
         * Per node: {@link #HAS_ENTRIES}, {@link #STEM}, {@link #INFIX} and, from bit {@link #KINDS_SHIFT}, the kinds
         * mask of its entries ({@link Hit#kindsOf}).
         */
        final int[] info;
        /** Children of node k: {@code [firstChild[k], firstChild[k + 1])}. */
        final int[] firstChild;
        /** The char on the edge into each node (ascending among siblings). */
        final char[] label;

        static final int HAS_ENTRIES = 1;
        static final int STEM = 2;
        static final int INFIX = 4;
        static final int KINDS_SHIFT = 3;

        Compiled(Node root) {
            List<Node> nodes = new ArrayList<>();
            nodes.add(root);
            for (int k = 0; k < nodes.size(); k++) {
                nodes.addAll(Arrays.asList(nodes.get(k).kids));
            }
            if (TermKind.values().length + KINDS_SHIFT > Integer.SIZE) {
                throw new IllegalStateException("too many term kinds for the node flags");
            }
            int count = nodes.size();
            entries = new Entry[count][];
            info = new int[count];
            firstChild = new int[count + 1];
            label = new char[count];
            int next = 1;
            for (int k = 0; k < count; k++) {
                Node n = nodes.get(k);
                entries[k] = n.entries;
                info[k] = (n.entries == null ? 0 : HAS_ENTRIES | Hit.kindsOf(n.entries) << KINDS_SHIFT)
                        | (n.stem ? STEM : 0) | (n.infix ? INFIX : 0);
                firstChild[k] = next;
                for (int c = 0; c < n.keys.length; c++) {
                    int child = next + c;
                    label[child] = n.keys[c];
                    if (k == 0) {
                        rootNext[n.keys[c]] = child;
                        firstChars[n.keys[c] >>> 6] |= 1L << n.keys[c];
                    }
                }
                next += n.keys.length;
            }
            firstChild[count] = next;
        }

        /** The child of {@code node} on {@code c}, 0 if none. */
        int next(int node, char c) {
            final char[] l = label;
            for (int j = firstChild[node], end = firstChild[node + 1]; j < end; j++) {
                char k = l[j];
                if (k >= c) {
                    return k == c ? j : 0;
                }
            }
            return 0;
        }
    }

    private volatile Compiled compiled;

    private Compiled compiled() {
        Compiled c = compiled;
        if (c == null) {
            c = new Compiled(root);
            compiled = c;
        }
        return c;
    }

    /** Leftmost-longest scan of folded {@code text} (see {@link #scan(char[], int)}). */
    List<Hit> scan(String text) {
        return scan(text.toCharArray(), text.length());
    }

    /**
     * Leftmost-longest scan of folded {@code text[0, n)}: every term occurrence that satisfies the boundary rules,
     * not overlapping, in text order.
     */
    List<Hit> scan(char[] text, int n) {
        Compiled c = compiled();
        int[] rootNext = c.rootNext;
        long[] firstChars = c.firstChars;
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        boolean previousWord = false;
        while (i < n) {
            char first = text[i];
            boolean latinStart = isWordChar(first);
            boolean startOk = !latinStart || !previousWord;
            previousWord = latinStart;
            if (!startOk && !hasInfix) {
                i++;
                continue;
            }
            if ((firstChars[first >>> 6] & (1L << first)) == 0) {
                i++;
                continue;
            }
            int node = rootNext[first];
            int bestEnd = -1;
            Entry[] best = null;
            int bestKinds = 0;
            int j = i + 1;
            final int[] info = c.info;
            while (true) {
                int flags = info[node];
                if ((flags & Compiled.HAS_ENTRIES) != 0 && (startOk || (flags & Compiled.INFIX) != 0)) {
                    boolean endOk = (flags & Compiled.STEM) != 0 || !isWordChar(text[j - 1]) || j == n
                            || !isWordChar(text[j]);
                    if (endOk) {
                        bestEnd = j;
                        best = c.entries[node];
                        bestKinds = flags >>> Compiled.KINDS_SHIFT;
                    }
                }
                if (j == n) {
                    break;
                }
                node = c.next(node, text[j]);
                if (node == 0) {
                    break;
                }
                j++;
            }
            if (best != null) {
                int end = bestEnd;
                // A stem covers the rest of its word, so "downgrad*" spans "downgraded".
                if (isWordChar(text[end - 1])) {
                    while (end < n && isWordChar(text[end])) {
                        end++;
                    }
                }
                hits.add(new Hit(i, end, best, bestKinds));
                previousWord = isWordChar(text[end - 1]);
                i = end;
            } else {
                i++;
            }
        }
        return hits;
    }
}
