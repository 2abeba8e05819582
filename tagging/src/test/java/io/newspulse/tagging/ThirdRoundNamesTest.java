package io.newspulse.tagging;

import static io.newspulse.tagging.BuiltInTagger.ids;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Companies of the third round of classes of news (knowledge base 2026.12.06-2: curated lines written from the
 * companies' own names, see docs/knowledge-base.md): the Spanish- and French-language press (Spain, Latin America,
 * France, Belgium, Quebec, Morocco), Chinese web news (platforms, state financial firms, Hong Kong groups in Chinese,
 * Taiwan firms in traditional script), the Korean press (public corporations, card companies, banks, platforms),
 * English news of the 1990s-2000s about European and Asian companies since merged or gone, and the words, places and
 * people that share a new name. The sentences are written for this test, not taken from articles.
 */
class ThirdRoundNamesTest {
    @Test
    void shouldTagSpanishAndLatinAmericanFirmsByThePressNames() {
        assertThat(ids("Las acciones de Técnicas Reunidas y Gestamp subieron, mientras Navantia y Cajamar presentaron resultados.", "es"))
                .contains("tecnicas-reunidas", "gestamp-automocion", "navantia", "cajamar");
        assertThat(ids("Soriana y Chedraui compiten con Walmex; Banamex y Telmex también cotizan. Petroperú bajó.", "es"))
                .contains("organizacion-soriana", "grupo-comercial-chedraui", "banamex", "telmex", "petroperu");
        assertThat(ids("Mercado Pago, Ualá y Kavak levantaron capital; Davivienda y Banco de Bogotá informaron ganancias.", "es"))
                .contains("mercado-pago", "uala", "kavak", "banco-davivienda", "banco-de-bogota");
    }

    @Test
    void shouldTagFrenchBelgianQuebecAndMoroccanFirms() {
        assertThat(ids("Enedis, GRDF et Keolis ont annoncé des investissements; la Maif et la Macif aussi.", "fr"))
                .contains("enedis", "grdf", "keolis", "maif", "macif");
        assertThat(ids("Hydro-Québec, Vidéotron et la Caisse de dépôt et placement du Québec ont publié leurs résultats.", "fr"))
                .contains("hydro-quebec", "videotron", "caisse-de-depot-et-placement-du-quebec");
        assertThat(ids("Belfius, Infrabel et Euroclear, puis Royal Air Maroc; Qonto et Back Market lèvent des fonds.", "fr"))
                .contains("belfius", "infrabel", "euroclear", "royal-air-maroc", "qonto", "back-market");
    }

    @Test
    void shouldTagChinesePlatformsStateFirmsHongKongGroupsAndTaiwanFirms() {
        assertThat(ids("小红书、知乎和米哈游发布了新产品，国铁集团和中国邮政也公布了数据。", "zh"))
                .contains("xiaohongshu", "zhihu", "mihoyo", "china-state-railway", "china-post");
        assertThat(ids("新世界发展和信和置业的股价上涨，银河娱乐与金沙中国下跌。", "zh"))
                .contains("new-world-development", "sino-land", "galaxy-entertainment", "sands-china");
        assertThat(ids("玉山金、元大金與國泰人壽公布獲利，陽明海運也表現亮眼。", "zh"))
                .contains("tw-2884", "tw-2885", "cathay-life", "yang-ming-marine");
    }

    @Test
    void shouldTagKoreanPublicCorporationsCardCompaniesAndPlatforms() {
        assertThat(ids("한국수력원자력과 인천국제공항공사, 신한카드는 2일 새로운 서비스를 발표했다.", "ko"))
                .contains("khnp", "incheon-airport", "kr-032710");
        assertThat(ids("토스뱅크와 케이뱅크, 무신사, 컬리의 실적이 발표됐다.", "ko"))
                .contains("toss-bank", "k-bank", "musinsa", "kurly");
    }

    @Test
    void shouldTagEuropeanAndAsianCompaniesOfTheNinetiesThatHaveGoneSince() {
        assertThat(ids("Hoogovens agreed to merge with British Steel, while Usinor, Arbed and Aceralia formed Arcelor.", "en"))
                .contains("usinor", "arbed", "aceralia", "arcelor");
        assertThat(ids("Shares in Yamaichi Securities and the Long-Term Credit Bank of Japan collapsed; Sanwa Bank and Tokai Bank merged.", "en"))
                .contains("yamaichi-securities", "ltcb", "sanwa-bank", "tokai-bank");
        assertThat(ids("Ciba-Geigy merged with Sandoz to form Novartis, and Zeneca joined Astra AB.", "en"))
                .contains("ciba-geigy", "zeneca", "astra-ab");
    }

    @Test
    void shouldNotTagAcronymsPeoplePlacesAndWordsThatShareANewName() {
        assertThat(ids("The FCC said on Monday it would review the merger of the two broadcasters.", "en")).isEmpty();
        assertThat(ids("The film relies heavily on CGI and motion capture.", "en")).isEmpty();
        assertThat(ids("Savers can put up to 20,000 pounds a year into an ISA.", "en")).isEmpty();
        assertThat(ids("China's sovereign wealth fund CIC bought a stake.", "en")).doesNotContain("cic");
        assertThat(ids("He moved to Winterthur and later to Woolwich.", "en")).isEmpty();
        assertThat(ids("Chancellor George Osborne met Lydia and Alan in Ripley; Heath Ledger was mentioned.", "en")).isEmpty();
        assertThat(ids("Die alten Gebäude wurden abgerissen, sagte der Bürgermeister.", "de")).isEmpty();
        assertThat(ids("El barco llegó al puerto de Arauco con una sonda y un clip.", "es")).isEmpty();
        assertThat(ids("这个菜鸟在地平线上捡到了贝壳，感到无比荣耀，全家都很高兴。", "zh")).isEmpty();
        assertThat(ids("纳税人需按时上交所得税。", "zh")).isEmpty();
        assertThat(ids("그는 빙그레 웃으며 당근을 먹고 우체국에 갔다. 산은 높았다.", "ko")).isEmpty();
    }
}
