package io.newspulse.dedup.fingerprint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FingerprintTest {
    private static final String BODY = String.join("\n",
            "Toyota Motor Corp said on Tuesday its operating profit rose 12.5% to 1,234 billion yen.",
            "Revenue for the quarter came in at 12.3 trillion yen, above analysts' estimates.",
            "The company kept its full-year forecast of 4.3 trillion yen unchanged.",
            "Shares of Toyota closed up 2.1% ahead of the announcement.");
    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Test
    void shouldRoundTripThroughCompactSignature() {
        Fingerprint fp = fingerprinter.fingerprint("Toyota profit rises", BODY, "en");
        byte[] sig = fp.signature();
        Fingerprint back = Fingerprint.fromSignature(sig);
        assertThat(back).isEqualTo(fp);
        assertThat(back.candidateKeys()).isEqualTo(fp.candidateKeys());
        assertThat(back.jaccard(fp)).isEqualTo(1.0);
        assertThat(sig.length).isLessThanOrEqualTo(Fingerprint.MAX_SIGNATURE_BYTES);
        assertThat(Fingerprint.MAX_SIGNATURE_BYTES).isLessThanOrEqualTo(400);
    }

    @Test
    void shouldRejectCorruptSignatures() {
        byte[] sig = fingerprinter.fingerprint("t", BODY, "en").signature();
        assertThatThrownBy(() -> Fingerprint.fromSignature(java.util.Arrays.copyOf(sig, 40)))
                .isInstanceOf(IllegalArgumentException.class);
        sig[0] = 9;
        assertThatThrownBy(() -> Fingerprint.fromSignature(sig)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldEmitExactKeyThenOneKeyPerBand() {
        Fingerprint fp = fingerprinter.fingerprint("Toyota profit rises", BODY, "en");
        List<String> keys = fp.candidateKeys();
        assertThat(keys).hasSize(1 + Fingerprint.BANDS);
        assertThat(keys.get(0)).matches("x:[0-9a-f]{32}");
        assertThat(keys.subList(1, keys.size())).allMatch(k -> k.matches("b\\d+:[0-9a-f]{8}"));
    }

    @Test
    void shouldGiveOnlyAnExactKeyToVeryShortTexts() {
        Fingerprint fp = fingerprinter.fingerprint("Breaking", "Toyota.", "en");
        assertThat(fp.candidateKeys()).containsExactly(fp.exactKey());
    }

    @Test
    void shouldHashTheSameNormalisedTextToTheSameExactKey() {
        Fingerprint a = fingerprinter.fingerprint("Toyota profit rises", BODY, "en");
        Fingerprint b = fingerprinter.fingerprint("TOYOTA PROFIT RISES", BODY.replace(" ", "   ").replace("\n", "\n\n"), null);
        assertThat(b.exactKey()).isEqualTo(a.exactKey());
    }

    @Test
    void shouldEstimateJaccardCloseToTheTrueValue() {
        StringBuilder common = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            common.append("word").append(i).append(' ');
        }
        String extra = " tail1 tail2 tail3 tail4 tail5 tail6 tail7 tail8 tail9 tail10".repeat(1);
        Fingerprint a = fingerprinter.fingerprint(null, common.toString(), "en");
        Fingerprint b = fingerprinter.fingerprint(null, common + extra, "en");
        // 297 shared 4-word shingles out of 297 + 10 distinct
        assertThat(a.jaccard(b)).isBetween(0.85, 1.0);
        assertThat(a.shingleCount()).isEqualTo(297);
    }

    @Test
    void shouldCodeEachCandidateKeyAsADistinctNonZeroLong() {
        Fingerprint fp = fingerprinter.fingerprint("Toyota profit rises", BODY, "en");
        long[] codes = fp.candidateKeyCodes();
        assertThat(codes).hasSize(fp.candidateKeys().size()).doesNotContain(0L).doesNotHaveDuplicates();
        assertThat(Fingerprint.fromSignature(fp.signature()).candidateKeyCodes()).isEqualTo(codes);
        Fingerprint shorter = fingerprinter.fingerprint("Toyota profit rises", BODY.substring(0, BODY.lastIndexOf('\n')), "en");
        long[] other = shorter.candidateKeyCodes();
        for (int i = 0; i < codes.length; i++) {
            boolean sameKey = fp.candidateKeys().get(i).equals(shorter.candidateKeys().get(i));
            assertThat(codes[i] == other[i]).as("key %d", i).isEqualTo(sameKey);
        }
    }

    @Test
    void shouldReadEachCandidateKeysPositionFromTheKeyItself() {
        List<String> keys = fingerprinter.fingerprint("Toyota profit rises", BODY, "en").candidateKeys();
        assertThat(keys).hasSize(1 + Fingerprint.BANDS);
        for (int i = 0; i < keys.size(); i++) {
            assertThat(Fingerprint.keyPosition(keys.get(i))).as(keys.get(i)).isEqualTo(i);
        }
        for (String notAKey : List.of("", "b:00ff", "b16:00000000", "bx:1", "s:article-1", "y:abc")) {
            assertThatThrownBy(() -> Fingerprint.keyPosition(notAKey)).as(notAKey).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void shouldGiveTheSameFingerprintWhateverWasFingerprintedBefore() {
        Fingerprint first = fingerprinter.fingerprint("Toyota profit rises", BODY, "en");
        fingerprinter.fingerprint("長い記事", "トヨタ自動車は3日、新工場を建設すると発表した。".repeat(200), "ja");
        fingerprinter.fingerprint("outsized", "word" + " and more words with 12.5 figures.".repeat(40_000), "en");
        fingerprinter.fingerprint(null, "x", null);
        assertThat(fingerprinter.fingerprint("Toyota profit rises", BODY, "en")).isEqualTo(first);
    }

    @Test
    void shouldCountRepeatedShinglesOnce() {
        Fingerprint words = fingerprinter.fingerprint(null, "alpha beta gamma delta ".repeat(20), "en");
        assertThat(words.shingleCount()).isEqualTo(4); // the four rotations of the repeated phrase
        Fingerprint chars = fingerprinter.fingerprint(null, "あいうえ".repeat(30), "ja");
        assertThat(chars.shingleCount()).isEqualTo(4);
        assertThat(fingerprinter.fingerprint(null, "あいう", "ja").shingleCount()).isEqualTo(1);
    }
}
