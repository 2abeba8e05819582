package io.newspulse.producer.generate;

import java.util.List;
import java.util.Map;

/**
 * Sentence and headline templates per language. {@code {A}}/{@code {B}} are company names, {@code {N}} an
 * amount, {@code {P}} a percentage, {@code {Y}} a year. German text uses the English company aliases.
 */
final class Templates {
    record Language(List<String> titles, List<String> sentences, List<String> headers, List<String> footers, String paragraphBreak) {
    }

    static final Map<String, Language> BY_LANGUAGE = Map.of(
            "en", new Language(
                    List.of("{A} posts record quarterly revenue", "{A} shares jump after earnings beat", "{A} and {B} announce partnership",
                            "{A} to invest {N} billion dollars in expansion", "Regulators scrutinise {A} deal with {B}",
                            "{A} raises full-year outlook"),
                    List.of("{A} reported quarterly revenue of {N} billion dollars, up {P} percent from a year earlier.",
                            "Analysts said the results at {A} beat expectations on stronger demand for cloud services.",
                            "Shares of {A} rose {P} percent in early trading after the announcement.",
                            "{A} and {B} said they would work together on a new data center project.",
                            "The chief executive of {A} told investors that the company plans to expand its workforce.",
                            "Regulators are reviewing the proposed deal between {A} and {B}, people familiar with the matter said.",
                            "{A} said it expects operating profit of {N} billion dollars for the full year.",
                            "Competition with {B} has pushed {A} to cut prices in several markets.",
                            "The company declined to comment on reports that it is considering an acquisition.",
                            "Industry observers expect more consolidation in the sector over the coming months.",
                            "Supply chain problems eased during the quarter, according to the statement.",
                            "{A} plans to invest {N} billion dollars in new factories by {Y}.",
                            "Investors will watch closely whether the growth can continue into next year.",
                            "Executives pointed to rising costs for energy and wages as the main risks."),
                    List.of("BREAKING:", "From our newswire:", "Markets update —"),
                    List.of("Reporting by the markets desk; editing by the business team.", "Copyright newswire. All rights reserved.",
                            "Sign up for our daily business newsletter."),
                    "\n\n"),
            "de", new Language(
                    List.of("{A} meldet Rekordumsatz", "{A} und {B} kündigen Partnerschaft an", "{A} investiert {N} Milliarden Dollar",
                            "Aktie von {A} legt deutlich zu"),
                    List.of("{A} meldete für das Quartal einen Umsatz von {N} Milliarden Dollar, ein Plus von {P} Prozent.",
                            "Die Aktie von {A} stieg nach der Ankündigung um {P} Prozent.",
                            "{A} und {B} wollen bei einem neuen Rechenzentrum zusammenarbeiten.",
                            "Analysten zufolge übertraf {A} die Erwartungen des Marktes.",
                            "{A} plant, bis {Y} rund {N} Milliarden Dollar in neue Werke zu investieren.",
                            "Branchenbeobachter rechnen mit einer weiteren Konsolidierung in den kommenden Monaten.",
                            "Der Wettbewerb mit {B} zwingt {A} zu Preissenkungen in mehreren Märkten.",
                            "Die Lieferkettenprobleme haben sich im Quartal spürbar entspannt.",
                            "Anleger achten nun darauf, ob sich das Wachstum im nächsten Jahr fortsetzt."),
                    List.of("EILMELDUNG:", "Aus dem Nachrichtenticker:"),
                    List.of("Mit Material von Nachrichtenagenturen.", "Alle Rechte vorbehalten."),
                    "\n\n"),
            "ja", new Language(
                    List.of("{A}、過去最高の売上高を発表", "{A}と{B}が提携を発表", "{A}株が急伸、決算が予想上回る", "{A}、{N}億円を投資へ",
                            "{A}が通期見通しを上方修正"),
                    List.of("{A}は{Y}年度の売上高が前年比{P}%増の{N}億円になったと発表した。",
                            "{A}の株価は発表を受けて一時{P}%上昇した。",
                            "{A}と{B}は、新しいデータセンターの建設で協力すると明らかにした。",
                            "関係者によると、{A}は海外での事業拡大を検討している。",
                            "アナリストは、{A}の業績が市場予想を上回ったと指摘した。",
                            "{A}は{Y}年までに{N}億円を新工場に投資する計画だ。",
                            "業界では今後も再編が進むとの見方が多い。",
                            "{B}との競争が激しさを増す中、{A}は価格の引き下げに踏み切った。",
                            "同社の広報担当者は、買収に関する報道についてコメントを控えた。",
                            "部品の供給不足は四半期中に改善したという。",
                            "投資家は来年も成長が続くかどうかに注目している。",
                            "経営陣はエネルギー価格と人件費の上昇を主なリスクに挙げた。"),
                    List.of("【速報】", "【ニュース】", "＜経済＞"),
                    List.of("（経済部）", "無断転載を禁じます。", "この記事の続きは会員登録で読めます。"),
                    "\n\n"),
            "zh", new Language(
                    List.of("{A}季度营收创新高", "{A}与{B}宣布合作", "{A}计划投资{N}亿美元", "{A}股价大涨"),
                    List.of("{A}公布的财报显示，季度营收同比增长{P}%，达到{N}亿美元。",
                            "受此消息影响，{A}股价盘中一度上涨{P}%。",
                            "{A}与{B}宣布将在数据中心领域展开合作。",
                            "分析人士认为，{A}的业绩超出市场预期。",
                            "{A}计划到{Y}年投资{N}亿美元建设新工厂。",
                            "业内人士预计，行业整合将在未来几个月继续推进。",
                            "面对来自{B}的竞争压力，{A}在多个市场下调了价格。",
                            "投资者关注明年能否保持增长势头。"),
                    List.of("【快讯】", "【财经】"),
                    List.of("（本文来自财经频道）", "版权所有，未经许可不得转载。"),
                    "\n\n"),
            "ko", new Language(
                    List.of("{A}, 분기 매출 사상 최대", "{A} 측과 {B} 측 협력 발표", "{A}, {N}억 달러 투자 계획", "{A} 주가 급등"),
                    List.of("{A} 측은 분기 매출이 전년 대비 {P}% 증가한 {N}억 달러를 기록했다고 밝혔다.",
                            "발표 이후 {A}의 주가는 장중 {P}% 상승했다.",
                            "{A} 측과 {B} 측은 새로운 데이터센터 건설에 협력하기로 했다.",
                            "업계에서는 향후 몇 달간 구조조정이 이어질 것으로 보고 있다.",
                            "{A} 측은 {Y}년까지 신규 공장에 {N}억 달러를 투자할 계획이다.",
                            "애널리스트들은 {A}의 실적이 시장 예상을 웃돌았다고 평가했다.",
                            "투자자들은 내년에도 성장세가 이어질지 주목하고 있다."),
                    List.of("[속보]", "[경제]"),
                    List.of("(경제부)", "무단 전재 및 재배포 금지."),
                    "\n\n"));

    /** Languages and their weights (out of 100). */
    static final List<Map.Entry<String, Integer>> WEIGHTS = List.of(
            Map.entry("en", 40), Map.entry("ja", 35), Map.entry("zh", 10), Map.entry("ko", 8), Map.entry("de", 7));

    private Templates() {
    }
}
