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
    /** Root children by first char, built on first scan (the trie is complete by then). */
    private volatile Node[] rootTable;

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
    record Hit(int start, int end, Entry[] entries) {
        boolean has(TermKind kind) {
            for (Entry e : entries) {
                if (e.kind() == kind) {
                    return true;
                }
            }
            return false;
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
        if (kind == TermKind.EVENT && event == null) {
            throw new IllegalArgumentException(where + ": EVENT needs an event code");
        }
        add(term, new Entry(kind, weight, event));
    }

    private void add(String term, Entry entry) {
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
        rootTable = null;
        if (n.entries == null) {
            n.entries = new Entry[] {entry};
            terms++;
        } else {
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
     * Leftmost-longest scan of folded {@code text}: every term occurrence that satisfies the boundary rules, not
     * overlapping, in text order.
     */
    List<Hit> scan(String text) {
        Node[] table = rootTable;
        if (table == null) {
            table = new Node[0x10000];
            for (int k = 0; k < root.keys.length; k++) {
                table[root.keys[k]] = root.kids[k];
            }
            rootTable = table;
        }
        List<Hit> hits = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean previousWord = false;
        while (i < n) {
            char first = text.charAt(i);
            boolean latinStart = isWordChar(first);
            boolean startOk = !latinStart || !previousWord;
            previousWord = latinStart;
            if (!startOk && !hasInfix) {
                i++;
                continue;
            }
            Node node = table[first];
            if (node == null) {
                i++;
                continue;
            }
            int bestEnd = -1;
            Entry[] best = null;
            int j = i + 1;
            while (true) {
                if (node.entries != null && (startOk || node.infix)) {
                    char last = text.charAt(j - 1);
                    boolean endOk = node.stem || !isWordChar(last) || j == n || !isWordChar(text.charAt(j));
                    if (endOk) {
                        bestEnd = j;
                        best = node.entries;
                    }
                }
                if (j == n) {
                    break;
                }
                node = node.child(text.charAt(j));
                if (node == null) {
                    break;
                }
                j++;
            }
            if (best != null) {
                int end = bestEnd;
                // A stem covers the rest of its word, so "downgrad*" spans "downgraded".
                if (isWordChar(text.charAt(end - 1))) {
                    while (end < n && isWordChar(text.charAt(end))) {
                        end++;
                    }
                }
                hits.add(new Hit(i, end, best));
                previousWord = isWordChar(text.charAt(end - 1));
                i = end;
            } else {
                i++;
            }
        }
        return hits;
    }
}
