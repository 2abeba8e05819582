package io.newspulse.dedup.fingerprint;

import io.newspulse.core.text.TextNormalizer;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        CleanedContent c = cleanContent(title, body, language, new CleanedContent(0, true));
        return new CleanedText(c.contentString(), List.copyOf(c.figureTexts),
                Arrays.copyOf(c.sentences, c.sentenceCount), c.charShingles);
    }

    /**
     * The single pass behind {@link #clean}: folds the text, drops furniture lines, and writes the tokens of the
     * kept lines straight into the content buffer while noting sentences and figures. {@code out} is reset first
     * and returned.
     */
    static CleanedContent cleanContent(String title, String body, String language, CleanedContent out) {
        String cleanTitle = cleanTitle(title);
        int n = body == null ? 0 : body.length();
        char[] text = out.sourceBuffer(n);
        if (n > 0 && !CaseFolding.foldTable(body, text)) {
            text = TextNormalizer.normalize(body).toCharArray();
            n = text.length;
        }
        out.reset(cleanTitle.length() + n + 1);
        char[] titleChars = cleanTitle.toCharArray();
        appendTokens(titleChars, titleChars.length, out, null);
        int titleLength = out.length;
        collectNumbers(titleChars, titleChars.length, out, true);
        out.charShingles = ScriptDetector.useCharShingles(language,
                n == 0 ? out.contentString() : CharBuffer.wrap(text, 0, n));
        int minSentence = out.charShingles ? MIN_CJK_SENTENCE : MIN_SENTENCE;
        int contentLines = 0;
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && text[end] != '\n') {
                end++;
            }
            int from = start;
            int to = end;
            start = end + 1;
            while (from < to && Character.isWhitespace(text[from])) {
                from++;
            }
            while (to > from && Character.isWhitespace(text[to - 1])) {
                to--;
            }
            if (from == to) {
                continue;
            }
            String line = new String(text, from, to - from);
            line = BoilerplateFilter.stripInlineCredits(UrlNormalizer.normalizeAll(line)).strip();
            if (contentLines < WIRE_PREFIX_LINES) {
                line = BoilerplateFilter.stripWirePrefix(line);
            }
            if (BoilerplateFilter.isBoilerplateLine(line)) {
                continue;
            }
            int lineLength = line.length();
            char[] lineChars = out.lineBuffer(lineLength);
            line.getChars(0, lineLength, lineChars, 0);
            int mark = out.length;
            out.ensureCapacity(lineLength + 1);
            if (mark > 0) {
                out.chars[out.length++] = ' ';
            }
            int tokensFrom = out.length;
            appendTokens(lineChars, lineLength, out, out);
            if (out.length == tokensFrom || out.tailEqualsPrefix(tokensFrom, titleLength)) {
                out.length = mark;
                out.dropSpans();
                continue;
            }
            contentLines++;
            collectNumbers(lineChars, lineLength, out, true);
            out.commitSpans(minSentence);
        }
        return out;
    }

    /**
     * Appends the tokens of {@code text} to the content ({@link #tokens} rules), separated from what is there by
     * nothing: the caller writes any separator. With {@code sentences} given, each sentence's tokens (split at
     * sentence terminators) are noted as a span. Where runs of digits start in {@code text} is noted too (see
     * {@link #collectNumbers(char[], int, CleanedContent, boolean)}).
     */
    private static void appendTokens(char[] text, int n, CleanedContent out, CleanedContent sentences) {
        out.ensureCapacity(n);
        out.clearDigitRuns();
        char[] buf = out.chars;
        int from = out.length;
        int w = from;
        int sentenceStart = -1;
        boolean pendingSpace = false;
        boolean afterDigit = false;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            byte type = CLASSES[c];
            if ((type & WORD) != 0) {
                boolean digit = (type & DIGIT) != 0;
                if (digit && !afterDigit) {
                    out.addDigitRun(i);
                }
                afterDigit = digit;
                if (pendingSpace && w > from) {
                    buf[w++] = ' ';
                }
                pendingSpace = false;
                if (sentenceStart < 0) {
                    sentenceStart = w;
                }
                buf[w++] = c;
                continue;
            }
            afterDigit = false;
            if (!(c == ',' && isDigitSeparator(text, n, i))) {
                pendingSpace = true;
                if (sentenceStart >= 0 && sentences != null && isSentenceEnd(text, n, i)) {
                    sentences.addSpan(sentenceStart, w);
                    sentenceStart = -1;
                }
            }
        }
        if (sentenceStart >= 0 && sentences != null) {
            sentences.addSpan(sentenceStart, w);
        }
        out.length = w;
    }

    /**
     * Hashes of the sentences of some prose (split at sentence terminators and line ends, compared punctuation-free;
     * for CJK also space-free). Fragments shorter than a sentence are skipped: they are generic and shared widely.
     */
    static long[] sentences(String prose, boolean chars) {
        CleanedContent out = new CleanedContent(prose.length(), false);
        out.charShingles = chars;
        for (String line : prose.split("\n")) {
            out.length = 0;
            appendTokens(line.toCharArray(), line.length(), out, out);
            out.commitSpans(chars ? MIN_CJK_SENTENCE : MIN_SENTENCE);
        }
        return Arrays.copyOf(out.sentences, out.sentenceCount);
    }

    private static boolean isSentenceEnd(char[] s, int n, int i) {
        char c = s[i];
        if (c == '。' || c == '!' || c == '?' || c == '！' || c == '？') {
            return true;
        }
        return c == '.' && (i + 1 == n || Character.isWhitespace(s[i + 1]) || s[i + 1] == '"');
    }

    /** Normalised headline with a trailing site/wire suffix ("... - Reuters", "... | 日経") removed. */
    static String cleanTitle(String title) {
        String t = new String(CaseFolding.fold(title)).strip();
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

    /** Per BMP char: {@link #WORD} when kept in tokens, {@link #DIGIT} when a decimal digit. */
    private static final byte[] CLASSES = buildClasses();
    private static final byte WORD = 1;
    private static final byte DIGIT = 2;

    private static byte[] buildClasses() {
        byte[] classes = new byte[0x10000];
        for (int c = 0; c < classes.length; c++) {
            classes[c] = (byte) ((computeWordChar((char) c) ? WORD : 0) | (Character.isDigit((char) c) ? DIGIT : 0));
        }
        return classes;
    }

    private static boolean isWordChar(char c) {
        return (CLASSES[c] & WORD) != 0;
    }

    private static boolean isDigit(char c) {
        return (CLASSES[c] & DIGIT) != 0;
    }

    private static boolean computeWordChar(char c) {
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
    private static boolean isDigitSeparator(char[] text, int n, int i) {
        return i > 0 && i + 1 < n && isDigit(text[i - 1]) && isDigit(text[i + 1]);
    }

    /** A comma between digits ("4,500") is dropped so the figure stays one token. */
    private static boolean isDigitSeparator(String text, int i) {
        char c = text.charAt(i);
        return c == ',' && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    /**
     * Records canonical figures: digit runs with thousands commas removed and one decimal point kept. With
     * {@code atDigitRuns}, only the digit runs that {@link #appendTokens} noted in this same text are visited (a
     * figure can only start where a run of digits starts); otherwise every char is.
     */
    static void collectNumbers(char[] text, int n, CleanedContent out, boolean atDigitRuns) {
        if (!atDigitRuns) {
            for (int i = 0; i < n; ) {
                i = isDigit(text[i]) ? collectNumber(text, n, i, out) : i + 1;
            }
            return;
        }
        int[] runs = out.digitRuns();
        for (int r = 0, i = 0, count = out.digitRunCount(); r < count; r++) {
            if (runs[r] >= i) {
                i = collectNumber(text, n, runs[r], out);
            }
        }
    }

    /** Reads the figure starting with the digit at {@code i}, records it if it counts, returns where it stopped. */
    private static int collectNumber(char[] text, int n, int i, CleanedContent out) {
        char[] num = out.scratch(n - i);
        int len = 0;
        boolean decimal = false;
        while (i < n) {
            char c = text[i];
            if (isDigit(c)) {
                num[len++] = c;
            } else if ((c == ',' || c == '.') && i + 1 < n && isDigit(text[i + 1]) && len > 0) {
                if (c == '.') {
                    if (decimal) {
                        break;
                    }
                    decimal = true;
                    num[len++] = '.';
                }
            } else {
                break;
            }
            i++;
        }
        if (isFigure(num, len, decimal)) {
            out.addFigure(num, len);
        }
        return i;
    }

    /** {@link #isFigure(String)} of {@code number[0, n)}, which has a decimal point when {@code decimal}. */
    private static boolean isFigure(char[] number, int n, boolean decimal) {
        if (n < 2) {
            return false;
        }
        if (n == 4 && !decimal) {
            return !(number[0] == '1' && number[1] == '9' || number[0] == '2' && number[1] == '0');
        }
        return true;
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
        CleanedContent out = new CleanedContent(0, true);
        collectNumbers(normalizedText.toCharArray(), normalizedText.length(), out, false);
        return new ArrayList<>(out.figureTexts);
    }
}
