package io.newspulse.tagging;

import static io.newspulse.tagging.BuiltInTagger.ids;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names of Chinese (simplified and traditional), Korean, French and Spanish-language web news (knowledge base
 * 2026.12.05-6: curated lines added from the companies' own names, see docs/knowledge-base.md), against the
 * built-in knowledge base. The sentences are written for this test, not taken from articles.
 */
class WebNewsNamesTest {
    @Test
    void shouldTagHongKongCompaniesByTheirChineseNames() {
        assertThat(ids("新鸿基地产和恒基地产的股价周一下跌，港铁则上涨。", "zh"))
                .contains("sun-hung-kai-properties", "henderson-land", "mtr-corporation");
        assertThat(ids("恆生銀行與東亞銀行公布業績，電訊盈科及九龍倉亦同日公布。", "zh"))
                .contains("hang-seng-bank", "bank-of-east-asia", "pccw", "wharf");
        assertThat(ids("周大福和中电控股的股价均有上升。", "zh")).contains("chow-tai-fook-jewellery", "clp");
    }

    @Test
    void shouldTagMainlandGroupsByTheNamesThePressWrites() {
        assertThat(ids("三峡集团与鞍钢签署合作协议，海信集团和创维集团也参加了签约。", "zh"))
                .contains("cn-soe-g21", "cn-soe-g35", "hisense-group", "skyworth");
        assertThat(ids("京东物流与极氪达成合作，蜜雪冰城和波司登的股价上涨。", "zh"))
                .contains("jd-logistics", "zeekr", "mixue-bingcheng", "bosideng");
        assertThat(ids("中海地产、绿城中国和世茂集团公布了销售数据。", "zh"))
                .contains("cn-soe-hkex-0688", "greentown-china", "shimao");
    }

    @Test
    void shouldTagTaiwanCompaniesByTheNamesTheTaiwanPressWrites() {
        assertThat(ids("台灣大哥大與遠傳電信宣布合作，中華航空與長榮航空則調漲票價。", "zh"))
                .contains("tw-3045", "far-eastone-telecom", "china-airlines", "tw-2618");
        assertThat(ids("統一超商母公司統一企業公布財報，台灣中油與台灣電力調整價格。", "zh"))
                .contains("tw-2912", "uni-president", "cpc-corporation-taiwan", "taipower");
    }

    @Test
    void shouldTagForeignCompaniesByTheirTraditionalChineseNames() {
        assertThat(ids("豐田與英特爾簽約，軟銀也參與投資。", "zh")).contains("toyota", "intel", "softbank-group");
        assertThat(ids("匯豐控股宣布回購股份。", "zh")).contains("hsbc");
    }

    @Test
    void shouldNotTagChineseShortFormsInsideCommonWords() {
        // 长和 (CK Hutchison), 台大 / 台灣大 and 融创 stay out: they run across common words in unspaced text
        assertThat(ids("经济增长和就业都好于预期，金融创新也在加快。", "zh")).doesNotContain("ck-hutchison", "sunac-china");
        assertThat(ids("他畢業於台灣大學，家裡有一台電腦。", "zh")).doesNotContain("tw-3045", "taipower");
    }

    @Test
    void shouldTagKoreanCompaniesByTheNamesThePressWrites() {
        assertThat(ids("GS칼텍스와 진에어는 2일 실적을 발표했다.", "ko")).contains("gs-caltex", "kr-272450");
        assertThat(ids("코웨이와 한국타이어의 주가가 올랐다.", "ko")).contains("kr-021240", "kr-161390");
        assertThat(ids("카카오모빌리티는 새로운 택시 서비스를 시작했다.", "ko")).contains("kakao-mobility");
        assertThat(ids("카카오는 카카오톡 개편안을 발표했다.", "ko")).contains("kakao");
    }

    @Test
    void shouldTagAmbiguousKoreanNamesOnlyWithEvidence() {
        assertThat(ids("신세계는 이마트 실적 부진에도 백화점 매출이 늘었다고 밝혔다.", "ko")).contains("kr-004170");
        assertThat(ids("새로운 세계, 신세계를 꿈꾸는 사람들의 이야기다.", "ko")).doesNotContain("kr-004170");
        assertThat(ids("농심은 신라면 가격을 올렸다.", "ko")).contains("kr-004370");
        assertThat(ids("정부는 성난 농심을 달래기 위해 쌀값 대책을 내놓았다.", "ko")).doesNotContain("kr-004370");
        assertThat(ids("토스뱅크를 운영하는 토스는 새 서비스를 내놓았다.", "ko")).contains("viva-republica");
        assertThat(ids("세터의 토스가 정확했다.", "ko")).doesNotContain("viva-republica");
    }

    @Test
    void shouldTagLatinAmericanCompaniesByTheNamesThePressWrites() {
        assertThat(ids("Bradesco y Nubank compiten por clientes jóvenes en Brasil.", "es"))
                .contains("banco-bradesco", "nu-holdings");
        assertThat(ids("Mercado Libre y Despegar.com anunciaron una alianza.", "es"))
                .contains("mercadolibre", "despegar-com");
        assertThat(ids("Walmex y Grupo México subieron en la Bolsa Mexicana; Telcel perdió clientes.", "es"))
                .contains("wal-mart-de-mexico", "grupo-mexico", "america-movil");
        assertThat(ids("Las tiendas Oxxo abrirán en Colombia, donde Grupo Éxito y Rappi ya compiten.", "es"))
                .contains("fomento-economico-mexicano", "grupo-exito", "rappi");
        assertThat(ids("Aerolíneas Argentinas y Pampa Energía firmaron un acuerdo con SQM.", "es"))
                .contains("aerolineas-argentinas", "pampa-energy", "sociedad-quimica-y-minera-de-chile");
    }

    @Test
    void shouldNotTagSpanishWordsThatNameLatinAmericanCompanies() {
        assertThat(ids("El avión no pudo despegar por la niebla.", "es")).doesNotContain("despegar-com");
        assertThat(ids("Ese vale de descuento no sirve; el cielo azul anunciaba un gol.", "es"))
                .doesNotContain("vale", "azul", "gol-linhas-aereas-inteligentes");
    }

    @Test
    void shouldTagFrenchCompaniesByTheNamesThePressWrites() {
        assertThat(ids("Bpifrance entre au capital de Doctolib aux côtés de CMA CGM.", "fr"))
                .contains("bpifrance", "doctolib", "cma-cgm");
        assertThat(ids("Arianespace a lancé un satellite construit par Thales Alenia Space.", "fr"))
                .contains("arianespace", "thales-alenia-space");
        assertThat(ids("Le Crédit Lyonnais, devenu LCL, ferme des agences.", "fr")).contains("lcl");
    }
}
