package io.newspulse.tagging.discovery;

import io.newspulse.tagging.match.CharClasses;
import io.newspulse.tagging.match.SportsTeamRule;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Japanese organisation proper nouns from Kuromoji's IPADIC ({@code 名詞-固有名詞-組織}), kept only with corporate
 * context: a corporate word right after the name (社, 株, 社長, 会長, グループ, ホールディングス) or, in the same sentence,
 * one of {@link #SENTENCE_CONTEXT} (決算, 買収, 発表, 株価, 上場, 提携, 合併, 子会社...). IPADIC's organisations include
 * ministries, parties, universities and leagues, which {@link NotCompanies} rejects.
 *
 * <p>Cost: Kuromoji's lattice search is far slower than the automaton scan (see docs/tagging.md for the measured
 * figure), so it only runs on Japanese articles. One tokenizer per thread is reused.
 */
final class KuromojiOrganisations {
    private static final String ORGANISATION = "名詞-固有名詞-組織";
    private static final List<String> RIGHT_AFTER = List.of("社長", "会長", "社", "株", "グループ", "ホールディングス",
            "株式会社", "本社", "傘下", "子会社");
    private static final List<String> SENTENCE_CONTEXT = List.of("決算", "買収", "発表", "株価", "上場", "提携", "合併",
            "子会社", "傘下", "経営統合", "社長", "会長", "倒産", "破綻", "出資", "売上", "営業利益", "純利益", "株式", "株主");
    private static final String SENTENCE_END = "。！？!?\n";

    private static final ThreadLocal<JapaneseTokenizer> TOKENIZER = ThreadLocal.withInitial(
            () -> new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL));

    private KuromojiOrganisations() {
    }

    static void discover(String text, boolean inTitle, List<Discovered> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        JapaneseTokenizer tokenizer = TOKENIZER.get();
        CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
        PartOfSpeechAttribute pos = tokenizer.getAttribute(PartOfSpeechAttribute.class);
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            try {
                int runStart = -1;
                int runEnd = -1;
                while (tokenizer.incrementToken()) {
                    boolean org = ORGANISATION.equals(pos.getPartOfSpeech());
                    if (org && runStart >= 0 && offset.startOffset() == runEnd) {
                        runEnd = offset.endOffset(); // adjacent organisation nouns form one name
                        continue;
                    }
                    if (runStart >= 0) {
                        consider(text, runStart, runEnd, inTitle, out);
                        runStart = -1;
                    }
                    if (org && term.length() >= 2) {
                        runStart = offset.startOffset();
                        runEnd = offset.endOffset();
                    }
                }
                if (runStart >= 0) {
                    consider(text, runStart, runEnd, inTitle, out);
                }
                tokenizer.end();
            } finally {
                tokenizer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void consider(String text, int start, int end, boolean inTitle, List<Discovered> out) {
        String name = text.substring(start, end);
        if (name.length() < 2 || name.chars().allMatch(c -> c < 0x80) || NotCompanies.cjk(name)
                || name.endsWith("通信") || SportsTeamRule.containsNickname(name) || SportsTeamRule.isTeam(text, start, end)
                || !wholeWord(text, start, end) || !hasContext(text, start, end)) {
            return;
        }
        out.add(new Discovered(OrgIds.id(name), name, start, end, inTitle, DiscoveryRule.JAPANESE_ORGANISATION));
    }

    /**
     * The noun is a word of its own, not a piece of a longer compound (電電 in 平成電電, 日石 in 新日石, 毎日 in
     * 毎日新聞): no kanji or katakana right before it, nor right after it unless a corporate word follows.
     */
    private static boolean wholeWord(String text, int start, int end) {
        if (start > 0 && (CharClasses.isKanji(text.charAt(start - 1)) || CharClasses.isKatakana(text.charAt(start - 1)))) {
            return false;
        }
        if (end < text.length() && (CharClasses.isKanji(text.charAt(end)) || CharClasses.isKatakana(text.charAt(end)))) {
            for (String w : RIGHT_AFTER) {
                if (text.startsWith(w, end)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean hasContext(String text, int start, int end) {
        for (String w : RIGHT_AFTER) {
            if (text.startsWith(w, end)) {
                return true;
            }
        }
        int from = start;
        while (from > 0 && SENTENCE_END.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && SENTENCE_END.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String sentence = text.substring(from, to);
        for (String w : SENTENCE_CONTEXT) {
            if (sentence.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
