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
            String lineTokens = tokens(line);
            if (lineTokens.isEmpty() || lineTokens.equals(titleTokens)) {
                continue;
            }
            contentLines++;
            collectNumbers(line, numbers);
            if (content.length() > 0) {
                content.append(' ');
            }
            content.append(lineTokens);
        }
        String text = content.toString();
        return new CleanedText(text, List.copyOf(numbers), ScriptDetector.useCharShingles(language, text));
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
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean keep = Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK;
            if (!keep && isDigitSeparator(text, i)) {
                continue;
            }
            if (keep) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /** A comma between digits ("4,500") is dropped so the figure stays one token. */
    private static boolean isDigitSeparator(String text, int i) {
        char c = text.charAt(i);
        return c == ',' && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    /** Adds canonical numbers: digit runs with thousands commas removed and one decimal point kept. */
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
            into.add(num.toString());
        }
    }

    /** The numbers of a text, in order of first appearance (exposed for tests and tooling). */
    public static List<String> numbersOf(String normalizedText) {
        Set<String> set = new LinkedHashSet<>();
        collectNumbers(normalizedText, set);
        return new ArrayList<>(set);
    }
}
