package io.newspulse.producer.lang;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small script-and-stopword language guesser, good enough to label news articles.
 * <ol>
 *   <li>Letters are counted per script. When CJK letters (Han, kana, Hangul) are at least 20% of all letters,
 *       the text is CJK: Hangul outnumbering kana → {@code ko}; any kana (≥ 1% of the CJK letters, at least 2)
 *       → {@code ja}; Han only → {@code zh}. This keeps Japanese text full of Latin brand names Japanese.</li>
 *   <li>Otherwise the most frequent script decides: Cyrillic → {@code ru}, Arabic script → {@code ur} if it has
 *       Urdu-only letters else {@code ar}, Greek → {@code el}, Thai → {@code th}, Hebrew → {@code he}.</li>
 *   <li>Latin text is scored by counting very common function words of en, de, fr, es, it, pt and nl; the best
 *       score wins, {@code en} on ties; no function word at all → {@code und}.</li>
 * </ol>
 * Stateless and thread-safe. Returns {@code und} for empty or letter-less text.
 */
public final class LanguageDetector {
    /** Label for text whose language cannot be told. */
    public static final String UNDETERMINED = "und";

    private static final Map<String, Set<String>> STOPWORDS = new LinkedHashMap<>();

    static {
        STOPWORDS.put("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "it", "by", "are", "as", "this", "from", "has", "have", "its", "will", "said"));
        STOPWORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf", "sich", "dem", "des", "für", "auch", "wird", "im"));
        STOPWORDS.put("fr", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "que", "qui", "pas", "sur", "au", "avec", "sont", "aux", "ce", "il"));
        STOPWORDS.put("es", Set.of("el", "los", "las", "y", "es", "una", "del", "en", "por", "con", "para", "que", "se", "su", "al", "como", "más", "pero", "fue", "ha"));
        STOPWORDS.put("it", Set.of("il", "lo", "gli", "e", "di", "che", "una", "per", "non", "con", "sono", "della", "del", "nel", "alla", "è", "anche", "come", "più", "dei"));
        STOPWORDS.put("pt", Set.of("o", "os", "as", "e", "do", "da", "dos", "das", "em", "um", "uma", "para", "com", "não", "que", "por", "mais", "foi", "ao", "no"));
        STOPWORDS.put("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "met", "voor", "zijn", "ook", "aan", "wordt", "bij", "naar", "om", "er", "deze"));
    }

    /** Guesses the ISO 639-1 language of {@code text}; {@value #UNDETERMINED} when it cannot. */
    public String detect(String text) {
        if (text == null || text.isEmpty()) {
            return UNDETERMINED;
        }
        ScriptCounts counts = ScriptCounts.of(text);
        if (counts.letters == 0) {
            return UNDETERMINED;
        }
        int cjk = counts.han + counts.kana + counts.hangul;
        if (cjk * 5 >= counts.letters) {
            if (counts.hangul > counts.kana) {
                return "ko";
            }
            if (counts.kana >= 2 && counts.kana * 100 >= cjk) {
                return "ja";
            }
            return counts.han > 0 ? "zh" : "ja";
        }
        int best = Math.max(Math.max(counts.latin, counts.cyrillic), Math.max(Math.max(counts.arabic, counts.greek), Math.max(counts.thai, counts.hebrew)));
        if (best == counts.latin) {
            return latin(text);
        }
        if (best == counts.cyrillic) {
            return "ru";
        }
        if (best == counts.arabic) {
            return counts.urduOnly > 0 ? "ur" : "ar";
        }
        if (best == counts.greek) {
            return "el";
        }
        if (best == counts.thai) {
            return "th";
        }
        return "he";
    }

    private static String latin(String text) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        STOPWORDS.keySet().forEach(lang -> scores.put(lang, 0));
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(word)) {
                    scores.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = UNDETERMINED;
        int bestScore = 0;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    /** Letter counts per script of one text. */
    private static final class ScriptCounts {
        int letters;
        int han;
        int kana;
        int hangul;
        int latin;
        int cyrillic;
        int arabic;
        int urduOnly;
        int greek;
        int thai;
        int hebrew;

        static ScriptCounts of(String text) {
            ScriptCounts c = new ScriptCounts();
            text.codePoints().forEach(cp -> c.add(cp));
            return c;
        }

        private void add(int cp) {
            if (!Character.isLetter(cp)) {
                return;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> {
                    arabic++;
                    if (cp == 0x06D2 || cp == 0x06BA || cp == 0x0679 || cp == 0x0688 || cp == 0x0691 || cp == 0x06C1) {
                        urduOnly++;
                    }
                }
                case GREEK -> greek++;
                case THAI -> thai++;
                case HEBREW -> hebrew++;
                default -> {
                }
            }
        }
    }
}
