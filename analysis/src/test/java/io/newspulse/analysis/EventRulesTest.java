package io.newspulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.tagging.CompanyMatch;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The event attribution rules: who an event belongs to, and when a trigger is history rather than news. */
class EventRulesTest {
    private final SentimentAnalyzer analyzer = SentimentAnalyzer.builtIn();

    private Set<EventCode> events(String title, String body, String company, String... others) {
        String[] names = new String[others.length + 1];
        names[0] = company;
        System.arraycopy(others, 0, names, 1, others.length);
        List<CompanyMatch> matches = Articles.matches(title, body, names);
        return analyzer.analyze(title, body, "en", matches).of(Articles.id(company)).events();
    }

    @Test
    void shouldCodeAircraftPurchaseAsSupplyDealNotTakeover() {
        String body = "Russian carrier Aeroflot has negotiated the purchase of 22 new Boeing 787 aircraft. "
                + "The supply deal with Boeing is worth $3 billion.";

        assertThat(events("Aeroflot orders Boeing jets", body, "Aeroflot", "Boeing"))
                .contains(EventCode.PARTNERSHIP).doesNotContain(EventCode.MERGER_ACQUISITION);
    }

    @Test
    void shouldStillCodeStakePurchaseAsAcquisition() {
        assertThat(Orders.isOrder("bought 51% of the company".toCharArray(), 0)).isFalse();
        assertThat(Orders.isOrder("purchase of 1.5 million shares".toCharArray(), 0)).isFalse();
        assertThat(Orders.isOrder("purchase of 22 new aircraft".toCharArray(), 0)).isTrue();
    }

    @Test
    void shouldNotCodeAnEarlierDealInTheSameSentenceAsNews() {
        String body = "Yahoo, who bought HotJobs in 2001 for $436 million, agreed last month to sell Zimbra to "
                + "VMware in 2010. The sale of Zimbra was completed in 2010.";

        assertThat(events(null, body, "HotJobs", "Yahoo", "Zimbra")).doesNotContain(EventCode.MERGER_ACQUISITION);
        assertThat(events(null, body, "Zimbra", "Yahoo", "HotJobs")).contains(EventCode.MERGER_ACQUISITION);
    }

    @Test
    void shouldTreatMergerThatFormedTheCompanyAsBackground() {
        String body = "Tata Steel agreed to buy Corus for $12 billion. Corus, which was formed by the merger of "
                + "British Steel and Hoogovens, employs 47,300 people. The takeover was approved by the board.";

        assertThat(events(null, body, "Hoogovens", "Tata Steel", "Corus", "British Steel"))
                .doesNotContain(EventCode.MERGER_ACQUISITION);
        assertThat(events(null, body, "Corus", "Tata Steel", "British Steel", "Hoogovens"))
                .contains(EventCode.MERGER_ACQUISITION);
    }

    @Test
    void shouldNotGiveTheRatingEventToTheRatingAgency() {
        String body = "Moody's downgraded Barclays by one notch on Tuesday. Barclays shares fell 3%. "
                + "Fitch also downgraded the lender.";

        assertThat(events(null, body, "Moody's", "Barclays")).doesNotContain(EventCode.RATING);
        assertThat(events(null, body, "Barclays", "Moody's")).contains(EventCode.RATING);
    }

    @Test
    void shouldNotGiveTheEventToTheCompanyQuotedAsSource() {
        String body = "According to Teikoku Databank, the builder Sanko filed for bankruptcy with debts of 5 billion "
                + "yen. Its creditors met on Monday. The company had 300 employees.";

        assertThat(events(null, body, "Teikoku Databank", "Sanko")).doesNotContain(EventCode.BANKRUPTCY);
        assertThat(events(null, body, "Sanko", "Teikoku Databank")).contains(EventCode.BANKRUPTCY);
    }

    @Test
    void shouldNotReadCompanyQuittingAMarketAsExecutiveChange() {
        assertThat(events("Shell quits Irish fuel retail market", "Shell has sold its Irish retail business.",
                "Shell")).doesNotContain(EventCode.EXECUTIVE_CHANGE);
        assertThat(events("Shell chief executive quits", "The chairman of Shell will take over.", "Shell"))
                .contains(EventCode.EXECUTIVE_CHANGE);
    }

    @Test
    void shouldKeepYahooExclamationMarkInsideTheSentence() {
        String body = "Yahoo! has purchased Ludicorp, the company which owns Flickr. Yahoo! will pay $30 million "
                + "for the acquisition.";

        assertThat(events("Yahoo! buys Flickr", body, "Yahoo!", "Ludicorp", "Flickr"))
                .contains(EventCode.MERGER_ACQUISITION);
    }
}
