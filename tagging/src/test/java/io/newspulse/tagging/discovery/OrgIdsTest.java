package io.newspulse.tagging.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgIdsTest {
    @Test
    void shouldGiveOneOrgIdToNameWithAndWithoutLegalForm() {
        assertThat(OrgIds.id("Acme Widgets plc")).isEqualTo("org:acme-widgets");
        assertThat(OrgIds.id("Acme Widgets")).isEqualTo("org:acme-widgets");
        assertThat(OrgIds.id("ACME WIDGETS, Inc.")).isEqualTo("org:acme-widgets");
        assertThat(OrgIds.id("Acme  Widgets Ltd")).isEqualTo("org:acme-widgets");
        assertThat(OrgIds.id("Paulson & Co.")).isEqualTo("org:paulson");
    }

    @Test
    void shouldStripCjkLegalFormsAndFoldWidth() {
        assertThat(OrgIds.id("株式会社センターロード")).isEqualTo("org:センターロード");
        assertThat(OrgIds.id("ｾﾝﾀｰﾛｰﾄﾞ株式会社")).isEqualTo("org:センターロード");
        assertThat(OrgIds.id("(株)センターロード")).isEqualTo("org:センターロード");
        assertThat(OrgIds.id("롯데쇼핑(주)")).isEqualTo("org:롯데쇼핑");
        assertThat(OrgIds.id("PNE WIND AG")).isEqualTo("org:pne-wind");
    }
}
