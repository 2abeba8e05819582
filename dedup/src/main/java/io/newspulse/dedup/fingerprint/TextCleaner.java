package io.newspulse.dedup.fingerprint;

import io.newspulse.core.text.TextNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a raw title + body into {@link CleanedText}: {@link TextNormalizer#normalize} (NFKC + lower case), URL
 * canonicalisation, boilerplate line removal ({@link BoilerplateFilter}), wire dateline and photo-credit removal,
 * removal of a repeated headline, punctuation removal and whitespace collapse. Stateless and thread-safe.
 */
public final class TextCleaner {
    private static final int WIRE_PREFIX_LINES = 3;
    private static final int MIN_SENTENCE = 20;
    private static final int MIN_CJK_SENTENCE = 8;
    private static final Pattern TITLE_SITE_SUFFIX = Pattern.compile(
            "\\s+[|｜]\\s+.*$|\\s+[-–—]\\s+(?:[\\p{L}.]+\\s?){1,3}$|\\s*[(（][^()（）]{1,16}(?:新聞|通信|ニュース|news)[)）]\\s*$");

    private TextCleaner() {
    }

    /** Cleans one article; {@code language} may be null (the script then decides how to shingle). */
    public static CleanedText clean(String title, String body, String language) {
        String cleanTitle = cleanTitle(title);
        String titleTokens = tokens(cleanTitle);
        StringBuilder content = new StringBuilder(titleTokens.length() + (body == null ? 0 : body.length()));
        content.append(titleTokens);
        Set<String> numbers = new LinkedHashSet<>();
        collectNumbers(cleanTitle, numbers);
        String normalizedBody = TextNormalizer.normalize(body);
        boolean chars = ScriptDetector.useCharShingles(language,
                normalizedBody.isEmpty() ? titleTokens : normalizedBody);
        SentenceHashes sentenceHashes = new SentenceHashes(chars);
        List<String> parts = new ArrayList<>(8);
        int contentLines = 0;
        int start = 0;
        int length = normalizedBody.length();
        while (start <= length) {
            int end = normalizedBody.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            String line = normalizedBody.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            line = BoilerplateFilter.stripInlineCredits(UrlNormalizer.normalizeAll(line)).strip();
            if (contentLines < WIRE_PREFIX_LINES) {
                line = BoilerplateFilter.stripWirePrefix(line);
            }
            if (BoilerplateFilter.isBoilerplateLine(line)) {
                continue;
            }
            parts.clear();
            sentenceTokens(line, parts);
            String lineTokens = parts.size() == 1 ? parts.get(0) : String.join(" ", parts);
            if (lineTokens.isEmpty() || lineTokens.equals(titleTokens)) {
                continue;
            }
            contentLines++;
            collectNumbers(line, numbers);
            for (String sentence : parts) {
                sentenceHashes.add(sentence);
            }
            if (content.length() > 0) {
                content.append(' ');
            }
            content.append(lineTokens);
        }
        return new CleanedText(content.toString(), List.copyOf(numbers), sentenceHashes.toArray(), chars);
    }

    /** Punctuation-free tokens of each sentence of a line (sentence terminators split; empty parts dropped). */
    static void sentenceTokens(String line, List<String> into) {
        int from = 0;
        int n = line.length();
        for (int i = 0; i <= n; i++) {
            if (i < n && !isSentenceEnd(line, i)) {
                continue;
            }
            if (i > from) {
                String t = tokens(line.substring(from, i));
                if (!t.isEmpty()) {
                    into.add(t);
                }
            }
            from = i + 1;
        }
    }

    /** Collects the hashes of sentences long enough to be specific (CJK compared without spaces). */
    private static final class SentenceHashes {
        private final boolean chars;
        private long[] hashes = new long[16];
        private int count;

        SentenceHashes(boolean chars) {
            this.chars = chars;
        }

        void add(String sentenceTokens) {
            String t = chars && sentenceTokens.indexOf(' ') >= 0 ? sentenceTokens.replace(" ", "") : sentenceTokens;
            if (t.length() < (chars ? MIN_CJK_SENTENCE : MIN_SENTENCE)) {
                return;
            }
            if (count == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, count * 2);
            }
            hashes[count++] = Hashing.hash64(t, 0, t.length(), 0x3c6ef372fe94f82bL);
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(hashes, count);
        }
    }

    /**
     * Hashes of the sentences of some prose (split at sentence terminators and line ends, compared punctuation-free;
     * for CJK also space-free). Fragments shorter than a sentence are skipped: they are generic and shared widely.
     */
    static long[] sentences(String prose, boolean chars) {
        SentenceHashes hashes = new SentenceHashes(chars);
        List<String> parts = new ArrayList<>();
        for (String line : prose.split("\n")) {
            parts.clear();
            sentenceTokens(line, parts);
            parts.forEach(hashes::add);
        }
        return hashes.toArray();
    }

    private static boolean isSentenceEnd(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c == '。' || c == '!' || c == '?' || c == '！' || c == '？') {
            return true;
        }
        return c == '.' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)) || s.charAt(i + 1) == '"');
    }

    /** Normalised headline with a trailing site/wire suffix ("... - Reuters", "... | 日経") removed. */
    static String cleanTitle(String title) {
        String t = TextNormalizer.normalize(title).strip();
        if (t.isEmpty()) {
            return t;
        }
        String stripped = TITLE_SITE_SUFFIX.matcher(t).replaceFirst("").strip();
        return stripped.isEmpty() ? t : stripped;
    }

    /** Letters, digits and marks kept; every run of anything else becomes one space; trimmed. */
    public static String tokens(String text) {
        int n = text.length();
        char[] out = new char[n];
        int w = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                if (pendingSpace && w > 0) {
                    out[w++] = ' ';
                }
                pendingSpace = false;
                out[w++] = c;
            } else if (!(c == ',' && isDigitSeparator(text, i))) {
                pendingSpace = true;
            }
        }
        return new String(out, 0, w);
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        if (c >= 0x3041 && c <= 0x30FA || c >= 0x4E00 && c <= 0x9FFF) {
            return true; // hiragana, katakana, common CJK ideographs: the bulk of Japanese text
        }
        if (c >= 0x3000 && c <= 0x303F) {
            return c >= 0x3005 && c <= 0x3007; // CJK punctuation, except 々 〆 〇
        }
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** A comma between digits ("4,500") is dropped so the figure stays one token. */
    private static boolean isDigitSeparator(String text, int i) {
        char c = text.charAt(i);
        return c == ',' && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    /** Adds canonical figures: digit runs with thousands commas removed and one decimal point kept. */
    static void collectNumbers(String text, Set<String> into) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            StringBuilder num = new StringBuilder();
            boolean decimal = false;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    num.append(c);
                } else if ((c == ',' || c == '.') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                        && num.length() > 0) {
                    if (c == '.') {
                        if (decimal) {
                            break;
                        }
                        decimal = true;
                        num.append('.');
                    }
                } else {
                    break;
                }
                i++;
            }
            String figure = num.toString();
            if (isFigure(figure)) {
                into.add(figure);
            }
        }
    }

    /**
     * Whether a number is distinctive enough to count as a fact of the story: single digits ("3日", "2 of") and
     * years (1900-2099) are shared by unrelated stories of the same day and are not figures.
     */
    static boolean isFigure(String number) {
        if (number.length() < 2) {
            return false;
        }
        if (number.length() == 4 && number.indexOf('.') < 0) {
            String century = number.substring(0, 2);
            return !century.equals("19") && !century.equals("20");
        }
        return true;
    }

    /** The numbers of a text, in order of first appearance (exposed for tests and tooling). */
    public static List<String> numbersOf(String normalizedText) {
        Set<String> set = new LinkedHashSet<>();
        collectNumbers(normalizedText, set);
        return new ArrayList<>(set);
    }
}
