package io.newspulse.dedup;

import io.newspulse.dedup.fingerprint.Fingerprint;
import io.newspulse.dedup.fingerprint.Fingerprinter;
import io.newspulse.dedup.index.IndexEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifierTest {
    private static final String HEADER = "Home | Business | Autos | Markets\nBy Maki Shiraki\n";
    private static final String FOOTER = "\nToyota, the world's top-selling automaker, also owns Daihatsu and Hino Motors "
            + "and holds stakes in Subaru, Mazda and Suzuki.\nReporting by Maki Shiraki; Editing by Edmund Klamann";
    private static final String EARNINGS = String.join("\n",
            "TOKYO, Nov 3 (Reuters) - Toyota Motor Corp said on Tuesday its operating profit fell 18.2% in the "
                    + "July-September quarter to 1,156 billion yen, hurt by U.S. tariffs and a stronger yen.",
            "Revenue for the quarter rose to 11.9 trillion yen, slightly above the average analyst estimate.",
            "The automaker kept its full-year operating profit forecast at 3.2 trillion yen.",
            "Toyota said it now assumes an exchange rate of 146 yen per dollar for the rest of the year.",
            "Hybrid sales in North America grew 9.4%, helping to offset a slump in China.",
            "\"Tariffs remain the biggest swing factor for the second half,\" said analyst Seiji Sugiura.");
    private static final String RECALL = String.join("\n",
            "TOKYO, Nov 3 (Reuters) - Toyota Motor Corp said on Tuesday it would recall about 480,000 vehicles in "
                    + "the United States because of a faulty fuel pump that can cause the engine to stall.",
            "The recall covers several Camry and RAV4 models built between 2021 and 2024, the company said.",
            "Toyota said it was aware of 14 reports of engine stalls but no injuries linked to the problem.",
            "Dealers will replace the pump free of charge and owners will be notified by mail from December.",
            "It is Toyota's third large recall this year after a software problem in March.",
            "Shares of Toyota were little changed in Tokyo afternoon trade.");
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final Verifier verifier = new Verifier();

    private Verdict judge(String titleA, String bodyA, String titleB, String bodyB) {
        Fingerprint a = fingerprinter.fingerprint(titleA, bodyA, "en");
        Fingerprint b = fingerprinter.fingerprint(titleB, bodyB, "en");
        return verifier.verify(b, new IndexEntry("a", "root", 42L, a.signature()));
    }

    @Test
    void shouldNeverMergeTwoDifferentToyotaStoriesOfTheSameDay() {
        Verdict v = judge("Toyota profit falls 18% on tariffs", HEADER + EARNINGS + FOOTER,
                "Toyota recalls 480,000 vehicles over fuel pump", HEADER + RECALL + FOOTER);
        assertThat(v.kind()).isEqualTo(MatchKind.DIFFERENT);
    }

    @Test
    void shouldNotMergeTheSameEarningsTemplateWithOtherFigures() {
        String other = EARNINGS.replace("18.2%", "7.5%").replace("1,156", "1,402").replace("11.9", "12.6")
                .replace("3.2 trillion", "3.6 trillion").replace("146 yen", "149 yen").replace("9.4%", "3.1%")
                .replace("fell", "rose");
        Verdict v = judge("Toyota profit falls 18%", HEADER + EARNINGS + FOOTER, "Toyota profit rises 7.5%",
                HEADER + other + FOOTER);
        assertThat(v.kind()).isEqualTo(MatchKind.DIFFERENT);
    }

    @Test
    void shouldTreatAnUpdateWithOneChangedFigureAsNearDuplicate() {
        String updated = EARNINGS.replace("146 yen", "148 yen");
        Verdict v = judge("Toyota profit falls 18% on tariffs", HEADER + EARNINGS + FOOTER,
                "UPDATE 1-Toyota profit falls 18% on tariffs", HEADER + updated + FOOTER);
        assertThat(v.kind()).isEqualTo(MatchKind.NEAR);
        assertThat(v.similarity()).isBetween(0.7, 0.99);
        assertThat(v.clusterId()).isEqualTo("root");
        assertThat(v.matchedId()).isEqualTo("a");
        assertThat(v.eventTimeMs()).isEqualTo(42L);
    }

    @Test
    void shouldTreatAnAddedSentenceAsNearDuplicate() {
        String added = EARNINGS + "\nThe company will hold an online briefing for investors at 5 p.m. Tokyo time.";
        assertThat(judge("t", EARNINGS, "t", added).kind()).isEqualTo(MatchKind.NEAR);
    }

    @Test
    void shouldFindACopyInsideALargerPageByContainment() {
        String page = "Most read\n" + EARNINGS + "\nRelated coverage and other stories from the same page that the "
                + "portal appended below the article: Nikkei average hits a record as exporters rally; yen slides "
                + "past 155 per dollar; Japan's exports rise for a third straight month; Honda and Nissan extend "
                + "talks on a software partnership; SoftBank's Vision Fund returns to profit on AI bets.";
        Verdict v = judge("Toyota profit falls", EARNINGS, "Toyota profit falls", page);
        assertThat(v.kind()).isEqualTo(MatchKind.NEAR);
    }

    @Test
    void shouldCallIdenticalNormalisedTextExact() {
        Verdict v = judge("Toyota profit falls", EARNINGS, "TOYOTA PROFIT FALLS", EARNINGS.replace(". ", ".   "));
        assertThat(v.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(v.similarity()).isEqualTo(1.0);
    }

    @Test
    void shouldComputeContainmentFromSizesAndJaccard() {
        // |A|=100 inside |B|=200: J = 100/200 = 0.5, containment of A = 1
        assertThat(Verifier.containment(100, 200, 0.5)).isEqualTo(1.0);
        assertThat(Verifier.containment(100, 100, 0.0)).isEqualTo(0.0);
    }
}
