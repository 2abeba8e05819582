package io.newspulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.tagging.CompanyMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Direction rules on headlines and one-sentence texts (sentences written for this project). */
class FinancialDirectionTest {
    private final SentimentAnalyzer analyzer = SentimentAnalyzer.builtIn();

    private double headline(String title, String... companies) {
        List<CompanyMatch> matches = Articles.matches(title, null, companies);
        return analyzer.analyze(title, null, "en", matches).of(Articles.id(companies[0])).sentiment();
    }

    private double tone(String sentence) {
        return analyzer.analyze(null, sentence, "en", List.of()).tone();
    }

    @Test
    void shouldScoreCompanyThatMovesOnItsOwnInHeadline() {
        assertThat(headline("Tesco rebounds as buyers return", "Tesco")).isGreaterThan(0.1);
        assertThat(headline("Ashtead and Barclays tank on market slide", "Barclays", "Ashtead")).isLessThan(-0.1);
    }

    @Test
    void shouldPairCutWithTheDividendAfterItNotTheLossBefore() {
        assertThat(headline("Miner posts big loss, slashes dividend", "Miner")).isLessThan(-0.1);
        assertThat(headline("Oil major reports annual loss, cuts more jobs", "Oil major")).isLessThan(-0.1);
    }

    @Test
    void shouldReadSlippingToALossAsNegativeAndSwingingToProfitAsPositive() {
        assertThat(tone("The company slipped to an operating loss of EUR 2.6 million from a profit of EUR 1.3 million."))
                .isLessThan(-0.1);
        assertThat(headline("Chipmaker swings to profit in fourth quarter", "Chipmaker")).isGreaterThan(0.1);
    }

    @Test
    void shouldReadFiguresComparedWithoutDirectionWord() {
        assertThat(tone("The operating margin was 13.6 %, compared to 14.3 % a year earlier.")).isLessThan(-0.1);
        assertThat(tone("Net sales totalled EUR 76.4 million compared with EUR 61.2 million a year ago."))
                .isGreaterThan(0.1);
        assertThat(Comparisons.direction("sales of 5 compared to 5".toCharArray(), 0, 24, 11, 22, 1, 1)).isZero();
        assertThat(Comparisons.direction("sales of 5 compared to 7".toCharArray(), 0, 24, 11, 22, 1, 1)).isEqualTo(-1);
        assertThat(tone("Operating profit was EUR 9.8 mn, compared to a loss of EUR 12.7 mn a year earlier.")).isGreaterThan(0.1);
        assertThat(tone("The operating loss was EUR 179 mn, compared to a loss of EUR 188 mn a year ago.")).isGreaterThan(0.1);
    }

    @Test
    void shouldReadALossAgainstAnEarlierProfitAsWorseAndTheReverseAsBetter() {
        assertThat(tone("The operating loss totalled EUR 2.1 mn, compared to a profit of EUR 4.4 mn a year earlier."))
                .isLessThan(-0.1);
        assertThat(tone("The retailer posted a net profit of 3.0 mln euro for the first half of 2008, compared to a net "
                + "loss of 1.1 mln euro for the same period of 2007.")).isGreaterThan(0.1);
        assertThat(tone("The company reported a loss per share of EUR 0.30, against earnings per share of EUR 0.12."))
                .isLessThan(-0.1);
    }

    @Test
    void shouldReadALossDownFromAProfitAndASwingToAFigureByTheStateReached() {
        assertThat(tone("The group's operating loss was EUR 5.2 mn, down from a profit of EUR 3.9 mn.")).isLessThan(-0.1);
        assertThat(tone("The retailer expects to swing to a net profit of EUR 2.1 m in the first quarter, from an "
                + "EUR 3.4 m loss a year earlier.")).isGreaterThan(0.1);
        assertThat(tone("The utility swung to a pretax loss of EUR 40 m in the third quarter.")).isLessThan(-0.1);
    }

    @Test
    void shouldReadConcernAsWorryOnlyWhenItIsOne() {
        assertThat(tone("The talks concern 120 employees at the plant in Tampere.")).isBetween(-0.1, 0.1);
        assertThat(tone("The buyer is a Swedish engineering concern with operations in the Baltic countries."))
                .isBetween(-0.1, 0.1);
        assertThat(tone("Investors are concerned about the group's rising debt and weak cash flow.")).isLessThan(-0.1);
        assertThat(tone("Analysts voiced growing concern over the airline's falling bookings.")).isLessThan(-0.1);
    }

    @Test
    void shouldLeaveTheQuantityAfterALaterDirectionToThatDirection() {
        assertThat(tone("The new platform will speed up development work and reduce product costs.")).isGreaterThan(0.1);
        assertThat(tone("The chipmaker will accelerate development and cut production costs.")).isGreaterThan(0.1);
    }

    @Test
    void shouldNotReadFameHedgingOrMaterialsAsGoodNews() {
        assertThat(tone("The magazine is one of the best-known titles in the Nordic countries.")).isBetween(-0.1, 0.1);
        assertThat(tone("Paper prices were at best flat during the quarter, analysts said.")).isBetween(-0.1, 0.1);
        assertThat(tone("The boiler burns solid fuel from local sawmills.")).isBetween(-0.1, 0.1);
        assertThat(tone("The retailer posted its best quarter in a decade.")).isGreaterThan(0.1);
    }

    @Test
    void shouldKnowCommonReportingWordsForQuantitiesAndDirections() {
        assertThat(tone("The company will make 30 people redundant at its plant in Oulu.")).isLessThan(-0.1);
        assertThat(tone("Cost savings dampened the airline's loss in the quarter.")).isGreaterThan(0.1);
        assertThat(tone("The distributor expects its invoicing to be higher than last year.")).isGreaterThan(0.1);
        assertThat(tone("The new kiln will reduce energy consumption at the mill.")).isGreaterThan(0.1);
        assertThat(tone("The quarterly profit was 12 cents a share, below the analyst estimate of 15 cents."))
                .isLessThan(-0.1);
        assertThat(tone("The unit's performance in the first half remained clearly below the level of last year."))
                .isLessThan(-0.1);
        assertThat(tone("The group's net profit was EUR 12.4 mn, which is 18 % more than in 2006.")).isGreaterThan(0.1);
        assertThat(tone("Sales in the quarter were 9 % less than in the same quarter of 2008.")).isLessThan(-0.1);
    }

    @Test
    void shouldCompareTheFiguresNotTheYearsNorAParallelCurrency() {
        assertThat(tone("Operating profit was EUR 2.3 mn in 2006 compared to EUR 4.8 mn in 2005.")).isLessThan(-0.1);
        assertThat(tone("Net profit came to 5.2 mln euro $ 6.8 mln for 2007, compared to 5.9 mln euro $ 7.7 mln for "
                + "2006.")).isLessThan(-0.1);
        assertThat(Comparisons.isYear("sales in 2005 were".toCharArray(), 9, 13)).isTrue();
        assertThat(Comparisons.isYear("sales of eur 2005 mn".toCharArray(), 13, 17)).isFalse();
        assertThat(Comparisons.isYear("a total of 2005 shares".toCharArray(), 11, 15)).isFalse();
    }

    @Test
    void shouldCountASmallChangeBetweenComparedFiguresButNotAnEqualOne() {
        assertThat(tone("EBITDA was EUR 212 mn, compared to EUR 209 mn a year earlier.")).isGreaterThan(0.1);
        assertThat(tone("EBITDA was EUR 212 mn, compared to EUR 212 mn a year earlier.")).isBetween(-0.1, 0.1);
    }

    @Test
    void shouldNotTakeTheBaselineAfterFromAsTheMovedQuantity() {
        assertThat(tone("Operating profit totalled EUR 0.4 mn, up from an operating loss of EUR 0.8 mn."))
                .isGreaterThan(0.1);
    }

    @Test
    void shouldReadContractWonAsGoodNewsForTheSupplier() {
        assertThat(tone("The engineering group has been awarded a contract to supply a new smelter.")).isGreaterThan(0.1);
        assertThat(tone("The increase in the share capital was entered in the Trade Register today.")).isBetween(-0.1,
                0.1);
    }

    @Test
    void shouldKeepAPassingAcquisitionNeutralButCountItWhenItIsTheStory() {
        assertThat(tone("The group acquired a 40 % stake in the logistics firm in 2009.")).isBetween(-0.1, 0.1);
        assertThat(tone("The strategy will be pursued organically and through acquisitions.")).isBetween(-0.1, 0.1);
        assertThat(tone("The retailer launched a new loyalty card in May.")).isBetween(-0.1, 0.1);
        assertThat(headline("Brewer to acquire rival maker of ciders", "Brewer")).isGreaterThan(0.1);
    }

    @Test
    void shouldGiveNoPolarityToTheOldFigureAfterFromOrVersus() {
        assertThat(tone("Earnings per share were EUR 0.05, up from a year-earlier loss of EUR 0.02.")).isGreaterThan(0.1);
        assertThat(tone("It reported earnings per share of EUR 0.31 versus loss per share of EUR 0.12.")).isGreaterThan(0.1);
        assertThat(tone("Diluted loss per share narrowed to EUR 0.11 versus EUR 0.19.")).isGreaterThan(0.1);
        assertThat(tone("Loss per share stood at EUR 0.11 versus EUR 0.19 a year ago.")).isGreaterThan(0.1);
    }

    @Test
    void shouldReadTokenisedDecimalsInComparedFigures() {
        assertThat(tone("Loss per share stood at EUR0 .12 versus EUR0 .31 in the first half .")).isGreaterThan(0.1);
    }

    @Test
    void shouldTakeTheSignOfTheStateThatATurnReaches() {
        assertThat(tone("The ferry operator turned to a net profit of EUR 4 mn in the third quarter.")).isGreaterThan(0.1);
        assertThat(tone("The ferry operator turned to a net loss of EUR 4 mn in the third quarter.")).isLessThan(-0.1);
        assertThat(tone("Net profit went up to EUR 2.2 mn from EUR 1.5 mn.")).isGreaterThan(0.1);
    }

    @Test
    void shouldPairAChangeGivenAsAFigureWithTheClauseQuantity() {
        assertThat(tone("The company booked revenues of EUR 212 million in the fiscal year ended in June 2011, an increase "
                + "of 12 % over the year before.")).isGreaterThan(0.1);
        assertThat(tone("The toolmaker fell 3.2 percent to EUR 11.40 in Helsinki.")).isLessThan(-0.1);
    }

    @Test
    void shouldReadImprovementAsGoodWhateverImproved() {
        assertThat(tone("The operating loss improved to EUR 1.1 mn.")).isGreaterThan(0.1);
        assertThat(tone("Cash flow after investments totalled EUR 8.1 mn compared to EUR 12.4 mn a year earlier."))
                .isLessThan(-0.1);
    }

    @Test
    void shouldReadFinesAndJailAsNegativeForTheCompany() {
        assertThat(headline("Regulator fines Lloyds over loan sales", "Lloyds")).isLessThan(-0.1);
        assertThat(headline("Four former Barclays traders jailed", "Barclays")).isLessThan(-0.1);
    }
}
