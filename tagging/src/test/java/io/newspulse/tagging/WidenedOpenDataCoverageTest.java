package io.newspulse.tagging;

import static io.newspulse.tagging.BuiltInTagger.ids;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A self-check, not a benchmark: companies the knowledge base gained in data 2026.12.05-1 (micro and nano caps of
 * the European exchanges, Buenos Aires and Santiago listings, China's central state-owned groups and the Chinese
 * names of their listings; tools/kb/build_kb.py and docs/knowledge-base.md), tagged in sentences written for this
 * test (not taken from articles), with the traps the new names bring.
 */
class WidenedOpenDataCoverageTest {
    @Test
    void shouldTagLatinAmericanListedCompaniesInSpanish() {
        assertThat(ids("La minorista chilena Cencosud abrirá diez supermercados en Perú este año.", "es"))
                .contains("cencosud");
        assertThat(ids("Las acciones de Aguas Andinas y de Empresas Copec subieron en Santiago.", "es"))
                .contains("aguas-andinas", "empresas-copec");
        assertThat(ids("El Banco Macro y Loma Negra lideraron las subas de la bolsa porteña.", "es"))
                .contains("banco-macro", "loma-negra-compania-industrial-argentina");
    }

    @Test
    void shouldTagSmallSpanishListedCompanyWithEvidenceMidSentence() {
        assertThat(ids("El grupo de medios Vocento cerró el ejercicio con pérdidas.", "es")).contains("vocento");
        assertThat(ids("Los resultados de Tubacex superaron las previsiones de los analistas.", "es"))
                .contains("tubacex");
    }

    @Test
    void shouldTagSmallFrenchAndGermanListedCompanies() {
        assertThat(ids("Fleury Michon relève ses prix et le Groupe Partouche rouvre deux casinos.", "fr"))
                .contains("fleury-michon", "groupe-partouche");
        // German capitalises every noun: a micro cap's one-word name needs its legal form there, unless coined
        assertThat(ids("Die Delticom AG senkt ihre Prognose, HolidayCheck meldet mehr Buchungen.", "de"))
                .contains("delticom", "holidaycheck");
    }


    @Test
    void shouldTagChineseStateOwnedGroupsByFullAndShortName() {
        assertThat(ids("国家电网今年将加大特高压投资。", "zh")).contains("cn-soe-g15");
        assertThat(ids("中国南方电网有限责任公司与中国第一汽车集团签署合作协议。", "zh"))
                .contains("cn-soe-g16", "cn-soe-g29");
    }

    @Test
    void shouldTagHongKongListingByItsChineseNameAndJoinItsSharesInShanghai() {
        assertThat(ids("中核国际公布年度业绩。", "zh")).contains("cn-soe-hkex-2302");
        // A+H shares: the Hong Kong listing 2883 and the Shanghai listing 601808 are one company
        assertThat(ids("中海油田服务股份有限公司获得海外钻井合同。", "zh")).containsExactly("cn-601808");
    }

    @Test
    void shouldLeaveListedCompanyItsNameWhenItsStateOwnedParentSharesIt() {
        assertThat(ids("中国石化宣布提高汽油价格。", "zh")).contains("sinopec").doesNotContain("cn-soe-g12");
    }

    @Test
    void shouldNotTagMicroCapWhoseNameIsAnOrdinaryWordOrPhrase() {
        assertThat(ids("Capex rose sharply and private equity funds raised more money than ever.", "en")).isEmpty();
    }
}
