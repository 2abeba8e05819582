package io.newspulse.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Discovered organisations in the tagger's results. */
class DiscoveryInTaggerTest {
    private final Tagger tagger = TestCompanies.tagger();

    @Test
    void shouldReportDiscoveredCompanyAsUnlinkedWithOrgId() {
        List<CompanyMatch> matches = tagger.tag("Zorblax Widgets plc warns on profit",
                "Zorblax Widgets plc said sales fell. Zorblax Widgets will cut jobs; Microsoft was not involved.", "en");
        CompanyMatch org = matches.stream().filter(m -> !m.linked()).findFirst().orElseThrow();
        assertThat(org.companyId()).isEqualTo("org:zorblax-widgets");
        assertThat(org.companyName()).isEqualTo("Zorblax Widgets plc");
        assertThat(org.inTitle()).isTrue();
        assertThat(org.count()).isEqualTo(3);
        assertThat(matches.get(0)).isSameAs(org); // scored like any company: the subject of the story comes first
        assertThat(matches.stream().filter(CompanyMatch::linked).map(CompanyMatch::companyId)).containsExactly("microsoft");
    }

    @Test
    void shouldNeverOverlapALinkedMatch() {
        List<CompanyMatch> matches = tagger.tag(null, "Shares of Microsoft Corporation rose.", "en");
        assertThat(matches).extracting(CompanyMatch::companyId).containsExactly("microsoft");
        assertThat(matches.get(0).linked()).isTrue();
    }

    @Test
    void shouldPreferALongerDiscoveredJapaneseNameToTheKnowledgeBaseNameInsideIt() {
        List<CompanyMatch> matches = tagger.tag(null, "子会社「阪神コンテンツリンク」が発表した。三菱UFJ銀行も融資する。", "ja");
        assertThat(matches).extracting(CompanyMatch::companyId, CompanyMatch::linked)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("org:阪神コンテンツリンク", false),
                        org.assertj.core.groups.Tuple.tuple("mufg", true));
    }

    @Test
    void shouldKeepTheKnowledgeBaseNameInsideALongerChineseRun() {
        List<CompanyMatch> matches = tagger.tag(null, "消息来自索尼集团的发言人。", "zh");
        assertThat(matches).extracting(CompanyMatch::companyId).contains("sony");
    }

    @Test
    void shouldLinkADiscoveredNameThatIsAKnowledgeBaseName() {
        List<CompanyMatch> matches = tagger.tag(null, "株式会社任天堂は新型機を発表した。", "ja");
        assertThat(matches).extracting(CompanyMatch::companyId, CompanyMatch::linked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nintendo", true));
    }

    @Test
    void shouldNotDiscoverTheShareAfterAKnowledgeBaseNameAsALongerCompany() {
        // the generator's headline "株式会社X株が急伸": X's share, not a company "X株" superseding X
        List<CompanyMatch> matches = tagger.tag("株式会社任天堂株が急伸、決算が予想上回る", "株式会社任天堂は新型機を発表した。", "ja");
        assertThat(matches).extracting(CompanyMatch::companyId).containsExactly("nintendo");
    }

    @Test
    void shouldTurnDiscoveryOffWhenAsked() {
        Tagger plain = Tagger.build(TestCompanies.fixture().companies(), null);
        assertThat(plain.tag(null, "Zorblax Widgets plc said sales fell.", "en")).isEmpty();
    }
}
