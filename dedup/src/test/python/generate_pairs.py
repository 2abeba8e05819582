#!/usr/bin/env python3
"""Generates dedup/src/test/resources/pairs/labelled-pairs.jsonl: labelled article pairs (English and Japanese).

Labels: exact (same text, cosmetic differences), rewrapped (same story, another site's header/footer/byline),
edited (same story lightly edited: figure updated, sentence added/removed/reworded, headline changed),
different (HARD: same company, same day, same wrapper/boilerplate, often same genre, different facts).
Deterministic (seeded). Run: python3 generate_pairs.py [SEED] > ../resources/pairs/labelled-pairs.jsonl (another SEED gives a held-out set)
"""
import json
import random
import sys

R = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 20261103)

# ---------------------------------------------------------------- English
EN_COMPANIES = [
    ("Toyota Motor Corp", "Toyota", "Toyota, the world's top-selling automaker, also owns Daihatsu and Hino Motors and holds stakes in Subaru, Mazda and Suzuki.", "TOKYO"),
    ("Sony Group Corp", "Sony", "Sony, which makes PlayStation consoles, image sensors and Spider-Man films, has been shifting its focus towards entertainment.", "TOKYO"),
    ("SoftBank Group Corp", "SoftBank", "SoftBank, founded by billionaire Masayoshi Son, runs the Vision Fund and controls chip designer Arm Holdings.", "TOKYO"),
    ("Honda Motor Co", "Honda", "Honda is Japan's second-largest automaker and the world's biggest maker of motorcycles.", "TOKYO"),
    ("Nintendo Co", "Nintendo", "Nintendo, based in Kyoto, makes the Switch console and owns the Mario and Zelda franchises.", "KYOTO"),
    ("Panasonic Holdings Corp", "Panasonic", "Panasonic supplies electric-vehicle batteries to Tesla and makes home appliances and factory equipment.", "OSAKA"),
    ("Hitachi Ltd", "Hitachi", "Hitachi has sold off dozens of units over the past decade to focus on digital services, power grids and railways.", "TOKYO"),
    ("Nissan Motor Co", "Nissan", "Nissan, which is in an alliance with Renault and Mitsubishi Motors, is in the middle of a turnaround plan.", "YOKOHAMA"),
    ("Microsoft Corp", "Microsoft", "Microsoft is the largest investor in OpenAI and sells its Azure cloud and Office software to businesses worldwide.", "SEATTLE"),
    ("Siemens AG", "Siemens", "Siemens, Europe's largest engineering group, makes factory automation systems, trains and medical scanners.", "MUNICH"),
]
EN_PEOPLE = ["Koji Sato", "Akio Toyoda", "Kenichiro Yoshida", "Hiroto Saikawa", "Shuntaro Furukawa", "Yuki Kusumi",
             "Toshiaki Higashihara", "Makoto Uchida", "Satya Nadella", "Roland Busch", "Masayoshi Son", "Toshihiro Mibe",
             "Hiroki Totoki", "Keiji Kato", "Ivan Espinosa"]
EN_ANALYSTS = [("Seiji Sugiura", "Tokai Tokyo Intelligence Laboratory"), ("Satoru Takada", "TIW"),
               ("Christopher Richter", "CLSA"), ("Julie Boote", "Pelham Smithers Associates"),
               ("Tatsuo Yoshida", "Bloomberg Intelligence"), ("Amir Anvarzadeh", "Asymmetric Advisors"),
               ("Kazunori Ito", "Morningstar"), ("Hideki Yasuda", "Toyo Securities")]
EN_PLACES = ["Kentucky", "Ontario", "Aichi prefecture", "Thailand", "Poland", "North Carolina", "Gujarat", "Kyushu",
             "Mexico", "Hungary", "Texas", "Vietnam"]
EN_PRODUCTS = ["hybrid sedan", "electric SUV", "compact camera", "gaming handheld", "image sensor", "battery cell",
               "rail signalling system", "cloud AI service", "industrial robot", "pickup truck"]
EN_DEFECTS = ["a faulty fuel pump that can cause the engine to stall", "an airbag inflator that may rupture",
              "software that can disable the rear-view camera", "a brake line that may leak fluid",
              "a seat-belt sensor that can fail to detect a passenger", "wiring that could overheat while charging"]
MONTHS = ["Nov"]


def n(lo, hi, dec=0):
    v = R.uniform(lo, hi)
    return f"{v:.{dec}f}" if dec else f"{int(v):,}"


def en_earnings(c):
    full, short, _, _ = c
    q = R.choice(["July-September", "April-June", "October-December"])
    profit, prev = n(180, 1400), n(150, 1300)
    rev = n(2, 12, 2)
    pct = n(3, 40, 1)
    up = R.choice(["rose", "fell"])
    fy = n(1, 5, 2)
    a, firm = R.choice(EN_ANALYSTS)
    sents = [
        f"{full} said on Tuesday its operating profit {up} {pct}% in the {q} quarter to {profit} billion yen, compared with {prev} billion yen a year earlier.",
        f"Revenue for the quarter came in at {rev} trillion yen, slightly above the average estimate of analysts polled by LSEG.",
        f"The company now expects full-year operating profit of {fy} trillion yen, {R.choice(['raising', 'cutting', 'keeping'])} its forecast from three months ago.",
        f"{short} cited {R.choice(['a weaker yen', 'higher raw material costs', 'strong demand for hybrids', 'U.S. tariffs', 'a slump in China sales', 'cost cuts at its factories'])} as the main factor behind the result.",
        f"\"The numbers were {R.choice(['better', 'weaker', 'roughly in line'])} than we expected, but the outlook matters more for investors,\" said {a}, an analyst at {firm}.",
        f"Shares of {short} {R.choice(['closed up', 'ended down', 'finished flat at'])} {n(0, 4, 1)}% ahead of the announcement, against a {n(0, 2, 1)}% move in the benchmark Nikkei average.",
        f"The company said it would pay an interim dividend of {n(20, 90)} yen per share and buy back up to {n(50, 400)} billion yen of its own stock.",
        f"Sales volumes in North America {R.choice(['grew', 'declined'])} {n(1, 15, 1)}% while those in Asia {R.choice(['grew', 'declined'])} {n(1, 15, 1)}%.",
        f"Chief financial officer {R.choice(EN_PEOPLE)} told reporters the company assumed an exchange rate of {n(138, 158)} yen per dollar for the rest of the year.",
        f"Costs related to {R.choice(['battery development', 'a restructuring of its European operations', 'software investment', 'a recall earlier this year'])} weighed on margins, which narrowed to {n(5, 14, 1)}%.",
    ]
    title = f"{short} quarterly profit {up} {pct}%, {R.choice(['raises', 'trims', 'keeps'])} full-year outlook"
    return title, sents


def en_recall(c):
    full, short, _, _ = c
    units = n(40000, 1900000)
    prod = R.choice(EN_PRODUCTS)
    defect = R.choice(EN_DEFECTS)
    sents = [
        f"{full} said on Tuesday it would recall about {units} units of its {prod} models worldwide because of {defect}.",
        f"The recall covers models built between {R.choice(['2019', '2020', '2021'])} and {R.choice(['2023', '2024', '2025'])}, the company said in a statement filed with regulators.",
        f"{short} said it was aware of {n(0, 12)} reports of problems linked to the defect but no injuries or deaths.",
        f"Owners will be notified by mail from {R.choice(['December', 'January', 'early next year'])} and dealers will replace the part free of charge.",
        f"The National Highway Traffic Safety Administration said about {n(10000, 500000)} of the affected units were sold in the United States.",
        f"It is the {R.choice(['second', 'third', 'fourth'])} large recall by {short} this year, after a {R.choice(['software', 'brake', 'engine', 'door latch'])} problem in {R.choice(['March', 'May', 'July'])}.",
        f"The company expects the repairs to cost around {n(5, 60)} billion yen, an amount it said would not change its earnings forecast.",
        f"{short} shares {R.choice(['slipped', 'edged up', 'were little changed'])} {n(0, 3, 1)}% in afternoon trade in {R.choice(['Tokyo', 'Frankfurt', 'New York'])}.",
        f"Consumer groups have urged the company to speed up the fix, saying owners in {R.choice(EN_PLACES)} had waited months for parts in a previous campaign.",
    ]
    title = f"{short} recalls {units} {prod}s over {defect.split(' that')[0].replace('a ', '').replace('an ', '')}"
    return title, sents


def en_plant(c):
    full, short, _, _ = c
    amount = n(100, 900)
    place = R.choice(EN_PLACES)
    jobs = n(300, 4000)
    prod = R.choice(EN_PRODUCTS)
    sents = [
        f"{full} will invest {amount} billion yen to build a new {prod} plant in {place}, the company said on Tuesday.",
        f"The factory is expected to start operations in {R.choice(['2027', '2028', '2029'])} and employ about {jobs} people when running at full capacity.",
        f"It will be able to produce around {n(50000, 400000)} units a year, raising {short}'s global capacity by roughly {n(5, 25)}%.",
        f"Local officials offered tax incentives worth {n(50, 400)} million dollars over {n(10, 20)} years to win the project, according to a state filing.",
        f"\"This investment shows our commitment to building where our customers are,\" {R.choice(EN_PEOPLE)}, the company's chief executive, said at a news conference.",
        f"The announcement comes as manufacturers rethink supply chains in response to {R.choice(['tariffs', 'geopolitical tensions', 'subsidy programmes', 'rising labour costs'])}.",
        f"{short} said it would source components from {n(20, 150)} local suppliers and train workers at a nearby technical college.",
        f"Analysts said the plant would help the company defend market share against {R.choice(['Chinese rivals', 'Korean competitors', 'new entrants', 'Tesla'])}.",
    ]
    title = f"{short} to invest {amount} billion yen in new {place} plant"
    return title, sents


def en_exec(c):
    full, short, _, _ = c
    new, old = R.sample(EN_PEOPLE, 2)
    sents = [
        f"{full} said on Tuesday that {new} would become chief executive from {R.choice(['April 1', 'January 1', 'June 20'])}, replacing {old}, who will become chairman.",
        f"{new}, {n(48, 64)}, currently heads the company's {R.choice(['North American business', 'finance division', 'technology unit', 'China operations'])} and joined {short} in {n(1986, 2002)}.",
        f"{old} has led the company for {n(3, 12)} years, a period in which its market value {R.choice(['doubled', 'rose by half', 'stagnated'])}.",
        f"The leadership change comes as {short} faces pressure from activist investors to improve returns and sell non-core assets.",
        f"\"The time is right for a new generation to take the lead,\" {old} told a news conference in {R.choice(['Tokyo', 'Osaka', 'New York'])}.",
        f"The board also named {R.choice(EN_PEOPLE)} as chief financial officer and said it would add {n(2, 4)} independent directors.",
        f"Investors welcomed the move, with the stock rising {n(1, 6, 1)}% after the announcement.",
        f"Governance experts said the appointment of an insider signalled continuity rather than a break with past strategy.",
    ]
    title = f"{short} names {new} as CEO, {old} to become chairman"
    return title, sents


def en_deal(c):
    full, short, _, _ = c
    target = R.choice(["a U.S. software maker", "a German sensor supplier", "an Indian IT services firm",
                       "a British chip designer", "a Dutch battery start-up", "a Canadian robotics company"])
    price = n(1, 9, 1)
    sents = [
        f"{full} agreed to buy {target} for {price} billion dollars in cash, the companies said on Tuesday, in {short}'s largest acquisition in {n(3, 10)} years.",
        f"The offer represents a premium of {n(15, 60)}% to the target's closing price on Monday.",
        f"The deal is expected to close in the {R.choice(['first', 'second', 'third'])} half of {R.choice(['2027', '2028'])}, subject to regulatory approvals in the United States and Europe.",
        f"{short} said the purchase would add about {n(300, 3000)} million dollars of annual revenue and would be funded with cash on hand and bank loans.",
        f"The target employs about {n(800, 9000)} people and counts {R.choice(['automakers', 'hospitals', 'utilities', 'banks'])} among its main customers.",
        f"\"Together we can move much faster in {R.choice(['software-defined vehicles', 'industrial AI', 'power electronics', 'cloud gaming'])},\" {short}'s chief executive said in a statement.",
        f"{R.choice(['Goldman Sachs', 'Morgan Stanley', 'Nomura', 'JPMorgan'])} advised {short} on the transaction.",
        f"Credit rating agency {R.choice(['Moody', 'S&P Global', 'Fitch'])} said it could review {short}'s rating because of the extra debt.",
    ]
    title = f"{short} to buy {target.split(' ', 1)[1]} for ${price} billion"
    return title, sents


EN_TYPES = [en_earnings, en_recall, en_plant, en_exec, en_deal]
EN_HEADERS = [
    "Home | Business | Autos | Markets | Tech",
    "Markets | World | Companies | Opinion",
    "Share\nTweet\nEmail",
    "By {reporter}",
    "Updated 3 Nov 2026 14:{mm} JST",
]
EN_FOOTERS = [
    "Reporting by {reporter}; Editing by {editor}",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Copyright 2026 The Associated Press. All rights reserved.",
    "Read more: {related}",
    "Subscribe to our newsletter for the latest business news.",
    "Share this article\nFacebook | X | LinkedIn | Email",
    "Source: https://news.example.com/business/{slug}?utm_source=twitter&utm_medium=social&fbclid=IwAR{mm}x",
]
EN_REPORTERS = ["Daniel Leussink", "Maki Shiraki", "Kantaro Komiya", "Satoshi Sugiyama", "Tim Kelly", "Miho Uranaka"]
EN_EDITORS = ["Edmund Klamann", "Christopher Cushing", "Jacqueline Wong", "Louise Heavens"]


def en_story(c, kind=None):
    kind = kind or R.choice(EN_TYPES)
    title, sents = kind(c)
    chosen = sents[:1] + R.sample(sents[1:], k=min(len(sents) - 1, R.randint(6, 8)))
    return {"title": title, "sents": chosen, "boiler": c[2], "city": c[3], "kind": kind.__name__}


def en_render(story, header=None, footer=None, dateline=True, wire="Reuters"):
    lines = []
    if header:
        lines.extend(header)
    first = story["sents"][0]
    if dateline:
        first = f"{story['city']}, Nov 3 ({wire}) - {first}"
    paras = [first] + story["sents"][1:] + [story["boiler"]]
    lines.extend(paras)
    if footer:
        lines.extend(footer)
    return "\n\n".join(lines)


def fill(t):
    return t.format(reporter=R.choice(EN_REPORTERS), editor=R.choice(EN_EDITORS), mm=R.randint(10, 59),
                    related="Toyota shares hit record as yen weakens", slug=f"story-{R.randint(1000, 9999)}")


def wrapper():
    header = [fill(h) for h in R.sample(EN_HEADERS, R.randint(1, 3))]
    footer = [fill(f) for f in R.sample(EN_FOOTERS, R.randint(1, 3))]
    return header, footer


# ---------------------------------------------------------------- Japanese
JA_COMPANIES = [
    ("トヨタ自動車", "トヨタ", "トヨタ自動車は愛知県豊田市に本社を置く世界最大級の自動車メーカーで、ダイハツ工業や日野自動車を傘下に持つ。"),
    ("ソニーグループ", "ソニー", "ソニーグループはゲーム、音楽、映画、半導体などを手がける複合企業で、本社は東京都港区にある。"),
    ("ソフトバンクグループ", "ソフトバンクG", "ソフトバンクグループは孫正義氏が率いる投資会社で、英半導体設計大手アームを傘下に持つ。"),
    ("ホンダ", "ホンダ", "ホンダは四輪車と二輪車を製造する大手メーカーで、二輪車の世界販売台数は首位である。"),
    ("任天堂", "任天堂", "任天堂は京都市に本社を置くゲーム機大手で、「マリオ」や「ゼルダの伝説」などの人気シリーズを持つ。"),
    ("パナソニックホールディングス", "パナソニックHD", "パナソニックホールディングスは大阪府門真市に本社を置き、電池や家電、住宅設備を手がける。"),
    ("日立製作所", "日立", "日立製作所は送配電網や鉄道、デジタルサービスを柱とする総合電機メーカーである。"),
    ("日産自動車", "日産", "日産自動車は横浜市に本社を置く自動車メーカーで、仏ルノーや三菱自動車と提携している。"),
    ("三菱UFJフィナンシャル・グループ", "三菱UFJ", "三菱UFJフィナンシャル・グループは国内最大の金融グループで、銀行、信託、証券などを展開する。"),
    ("ファーストリテイリング", "ファストリ", "ファーストリテイリングは「ユニクロ」や「ジーユー」を展開するアパレル大手で、山口県に本社を置く。"),
]
JA_PEOPLE = ["佐藤恒治", "豊田章男", "十時裕樹", "吉田憲一郎", "孫正義", "三部敏宏", "古川俊太郎", "楠見雄規", "小島啓二",
             "内田誠", "亀澤宏規", "柳井正", "宮川潤一", "徳永俊昭", "エスピノーサ"]
JA_ANALYSTS = [("杉浦誠司", "東海東京インテリジェンス・ラボ"), ("高田悟", "TIW"), ("中西孝樹", "ナカニシ自動車産業リサーチ"),
               ("安田秀樹", "東洋証券"), ("吉田達生", "ブルームバーグ・インテリジェンス"), ("伊藤和典", "モーニングスター")]
JA_PLACES = ["米ケンタッキー州", "カナダ・オンタリオ州", "愛知県", "タイ", "ポーランド", "米ノースカロライナ州", "インド",
             "熊本県", "メキシコ", "ハンガリー", "米テキサス州", "ベトナム"]
JA_PRODUCTS = ["ハイブリッド車", "電気自動車", "デジタルカメラ", "携帯型ゲーム機", "画像センサー", "車載電池", "鉄道信号システム",
               "生成AIサービス", "産業用ロボット", "ピックアップトラック"]
JA_DEFECTS = ["燃料ポンプの不具合でエンジンが停止する恐れがある", "エアバッグが正常に作動しない恐れがある",
              "ソフトウエアの不具合で後方カメラの映像が表示されない恐れがある", "ブレーキ配管から液漏れする恐れがある",
              "シートベルトの警告灯が点灯しない恐れがある", "充電中に配線が過熱する恐れがある"]


def ja_earnings(c):
    full, short, _ = c
    q = R.choice(["7～9月期", "4～6月期", "10～12月期"])
    profit, prev = n(1800, 14000), n(1500, 13000)
    pct = n(3, 40, 1)
    up = R.choice(["増加", "減少"])
    a, firm = R.choice(JA_ANALYSTS)
    sents = [
        f"{full}は3日、{q}の連結営業利益が前年同期比{pct}%{up}の{profit}億円になったと発表した。前年同期は{prev}億円だった。",
        f"売上高は{n(2, 12, 2)}兆円で、市場予想の平均をわずかに上回った。",
        f"通期の営業利益予想は{n(1, 5, 2)}兆円とし、3カ月前の予想から{R.choice(['上方修正', '下方修正', '据え置き'])}した。",
        f"{R.choice(['円安の進行', '原材料価格の高騰', 'ハイブリッド車の販売好調', '米国の関税', '中国市場の販売不振', '工場でのコスト削減'])}が業績に大きく影響したという。",
        f"{firm}の{a}氏は「数字は{R.choice(['予想より良かった', '予想より弱かった', 'おおむね予想通りだった'])}が、投資家が注目するのは先行きだ」と話した。",
        f"発表前の東京株式市場で{short}株は{R.choice(['上昇し', '下落し', 'ほぼ横ばいで'])}、前日比{n(0, 4, 1)}%で取引を終えた。",
        f"中間配当は1株あたり{n(20, 90)}円とし、上限{n(500, 4000)}億円の自社株買いも発表した。",
        f"北米の販売台数は{n(1, 15, 1)}%{R.choice(['増え', '減り'])}、アジアでは{n(1, 15, 1)}%{R.choice(['増えた', '減った'])}。",
        f"{R.choice(JA_PEOPLE)}最高財務責任者(CFO)は記者会見で、下期の想定為替レートを1ドル={n(138, 158)}円に見直したと説明した。",
        f"{R.choice(['電池開発', '欧州事業の再編', 'ソフトウエア投資', '年初のリコール'])}に関連する費用が重荷となり、営業利益率は{n(5, 14, 1)}%に低下した。",
    ]
    title = f"{short}、{q}営業益{pct}%{up.replace('増加', '増').replace('減少', '減')}　通期予想を{R.choice(['上方修正', '下方修正', '据え置き'])}"
    return title, sents


def ja_recall(c):
    full, short, _ = c
    units = n(40000, 1900000)
    prod = R.choice(JA_PRODUCTS)
    defect = R.choice(JA_DEFECTS)
    sents = [
        f"{full}は3日、{defect}として、{prod}の一部車種など約{units}台を世界でリコール(回収・無償修理)すると発表した。",
        f"対象は{R.choice(['2019', '2020', '2021'])}年から{R.choice(['2023', '2024', '2025'])}年にかけて製造されたもので、国土交通省に届け出た。",
        f"同社によると、不具合に関連する報告は{n(0, 12)}件あったが、事故やけが人は確認されていない。",
        f"{R.choice(['12月', '来年1月', '来年初め'])}から所有者に郵送で通知し、販売店で部品を無償交換する。",
        f"このうち国内の対象は約{n(10000, 500000)}台で、残りは北米や欧州で販売されたという。",
        f"{short}による大規模なリコールは今年{R.choice(['2回目', '3回目', '4回目'])}で、{R.choice(['3月', '5月', '7月'])}には{R.choice(['ソフトウエア', 'ブレーキ', 'エンジン', 'ドアロック'])}の不具合で回収を届け出ていた。",
        f"修理費用は約{n(50, 600)}億円を見込むが、業績予想に変更はないとしている。",
        f"消費者団体は、前回の回収で{R.choice(JA_PLACES)}の所有者が部品を何カ月も待たされたとして、迅速な対応を求めている。",
        f"東京株式市場で{short}株は一時{n(0, 3, 1)}%{R.choice(['下落した', '上昇した'])}。",
    ]
    title = f"{short}、{prod}など{units}台リコール　{defect.split('で')[0].split('が')[0]}"
    return title, sents


def ja_plant(c):
    full, short, _ = c
    amount = n(1000, 9000)
    place = R.choice(JA_PLACES)
    prod = R.choice(JA_PRODUCTS)
    sents = [
        f"{full}は3日、約{amount}億円を投じて{place}に{prod}の新工場を建設すると発表した。",
        f"{R.choice(['2027', '2028', '2029'])}年の稼働開始を予定し、フル稼働時には約{n(300, 4000)}人を雇用する計画だ。",
        f"年間生産能力は約{n(50000, 400000)}台で、{short}の世界の生産能力は{n(5, 25)}%程度高まる。",
        f"地元自治体は{n(10, 20)}年間で総額{n(50, 400)}億円規模の税制優遇を提示し、誘致に成功した。",
        f"{R.choice(JA_PEOPLE)}社長は記者会見で「顧客に近い場所でつくることが競争力の源泉だ」と強調した。",
        f"{R.choice(['関税', '地政学リスク', '補助金制度', '人件費の上昇'])}を背景に、製造業ではサプライチェーンを見直す動きが広がっている。",
        f"部品は地元の約{n(20, 150)}社から調達し、近隣の専門学校と連携して従業員を育成する。",
        f"アナリストは、新工場が{R.choice(['中国勢', '韓国勢', '新興メーカー', '米テスラ'])}との競争でシェアを守る助けになるとみている。",
    ]
    title = f"{short}、{place}に新工場　{amount}億円投資"
    return title, sents


def ja_exec(c):
    full, short, _ = c
    new, old = R.sample(JA_PEOPLE, 2)
    sents = [
        f"{full}は3日、{new}氏が{R.choice(['4月1日付', '1月1日付', '6月の株主総会後'])}で社長兼最高経営責任者(CEO)に就く人事を発表した。{old}社長は会長に就任する。",
        f"{new}氏は{n(48, 64)}歳で、現在は{R.choice(['北米事業', '財務部門', '技術部門', '中国事業'])}を統括している。{n(1986, 2002)}年に入社した。",
        f"{old}氏は{n(3, 12)}年にわたり経営を率い、その間に時価総額は{R.choice(['約2倍になった', '5割増えた', '伸び悩んだ'])}。",
        f"{short}は資本効率の改善や非中核事業の売却を求める物言う株主からの圧力に直面している。",
        f"{old}氏は記者会見で「新しい世代が先頭に立つべき時が来た」と述べた。",
        f"取締役会は{R.choice(JA_PEOPLE)}氏を最高財務責任者(CFO)に充てる人事も決め、社外取締役を{n(2, 4)}人増やす。",
        f"発表を受けて株価は一時{n(1, 6, 1)}%上昇した。",
        f"企業統治の専門家は、生え抜きの起用は従来路線の継続を示すものだと指摘している。",
    ]
    title = f"{short}社長に{new}氏　{old}氏は会長に"
    return title, sents


def ja_deal(c):
    full, short, _ = c
    target = R.choice(["米ソフトウエア会社", "独センサー大手", "印ITサービス企業", "英半導体設計会社", "オランダの電池新興企業", "カナダのロボット企業"])
    price = n(1000, 9000)
    sents = [
        f"{full}は3日、{target}を約{price}億円で買収すると発表した。{short}にとって過去{n(3, 10)}年で最大の買収となる。",
        f"買収価格は前日の終値に{n(15, 60)}%のプレミアムを上乗せした水準だという。",
        f"米国や欧州の規制当局の承認を経て、{R.choice(['2027', '2028'])}年{R.choice(['前半', '後半'])}の完了を見込む。",
        f"買収により年間売上高が約{n(300, 3000)}億円上乗せされる見通しで、手元資金と銀行借り入れで賄う。",
        f"買収先の従業員は約{n(800, 9000)}人で、{R.choice(['自動車メーカー', '病院', '電力会社', '銀行'])}を主な顧客に持つ。",
        f"{short}の社長は声明で「{R.choice(['ソフトウエア定義車両', '産業向けAI', 'パワー半導体', 'クラウドゲーム'])}の分野で成長を加速できる」と述べた。",
        f"{R.choice(['ゴールドマン・サックス', 'モルガン・スタンレー', '野村証券', 'JPモルガン'])}が{short}の助言役を務めた。",
        f"格付け会社の{R.choice(['ムーディーズ', 'S&Pグローバル', 'フィッチ'])}は、負債の増加を理由に格付けの見直しを検討するとした。",
    ]
    title = f"{short}、{target}を{price}億円で買収"
    return title, sents


JA_TYPES = [ja_earnings, ja_recall, ja_plant, ja_exec, ja_deal]
JA_HEADERS = [
    "ホーム | ニュース | 経済 | 企業 | マーケット",
    "トップ｜速報｜ビジネス｜テクノロジー",
    "11/3(月) 15:{mm}配信",
    "2026年11月3日 15:{mm} 配信",
    "この記事をシェア\nツイート\nはてなブックマーク",
]
JA_FOOTERS = [
    "【関連記事】{related}",
    "無断転載・複製を禁じます",
    "Copyright © 2026 ニュースサイト Inc. All rights reserved.",
    "続きを読む",
    "(共同通信)",
    "参考: https://news.example.jp/articles/{slug}?utm_source=yahoo&utm_campaign=feed&gclid=abc{mm}",
]


def ja_fill(t):
    return t.format(mm=R.randint(10, 59), related=R.choice(["トヨタ株が最高値 円安で", "日経平均が続伸", "ソニー、新型ゲーム機を発表"]),
                    slug=f"{R.randint(100000, 999999)}")


def ja_wrapper():
    header = [ja_fill(h) for h in R.sample(JA_HEADERS, R.randint(1, 3))]
    footer = [ja_fill(f) for f in R.sample(JA_FOOTERS, R.randint(1, 3))]
    return header, footer


def ja_story(c, kind=None):
    kind = kind or R.choice(JA_TYPES)
    title, sents = kind(c)
    chosen = sents[:1] + R.sample(sents[1:], k=min(len(sents) - 1, R.randint(6, 8)))
    return {"title": title, "sents": chosen, "boiler": c[2], "kind": kind.__name__}


def ja_render(story, header=None, footer=None, photo=False):
    lines = []
    if header:
        lines.extend(header)
    body = list(story["sents"])
    if photo:
        body.insert(1, "(写真:ロイター)")
    lines.extend(body)
    lines.append(story["boiler"])
    if footer:
        lines.extend(footer)
    return "\n".join(lines)


# ---------------------------------------------------------------- edits
def edit_story(story, lang, types_fn):
    s = {k: (list(v) if isinstance(v, list) else v) for k, v in story.items()}
    ops = R.sample(["figure", "add", "remove", "reword", "headline"], R.randint(1, 2))
    notes = []
    for op in ops:
        if op == "figure":
            idx = [i for i, t in enumerate(s["sents"]) if any(ch.isdigit() for ch in t)]
            if idx:
                i = R.choice(idx)
                t = s["sents"][i]
                digits = [k for k, ch in enumerate(t) if ch.isdigit()]
                k = R.choice(digits)
                t = t[:k] + str((int(t[k]) + R.randint(1, 8)) % 10) + t[k + 1:]
                s["sents"][i] = t
                notes.append("figure updated")
        elif op == "add":
            extra = (f"The company will hold an online briefing for investors at {R.randint(3, 6)} p.m. Tokyo time."
                     if lang == "en" else f"同社は午後{R.randint(3, 6)}時からオンラインで投資家向け説明会を開く。")
            s["sents"].insert(R.randint(1, len(s["sents"])), extra)
            notes.append("sentence added")
        elif op == "remove" and len(s["sents"]) > 5:
            originals = [i for i in range(1, len(s["sents"])) if s["sents"][i] in story["sents"]]
            s["sents"].pop(R.choice(originals))
            notes.append("sentence removed")
        elif op == "reword":
            i = R.randint(1, len(s["sents"]) - 1)
            if lang == "en":
                s["sents"][i] = s["sents"][i].replace(" said", " told reporters", 1).replace("The company", "The firm", 1)
                s["sents"][i] += " It gave no further details."
            else:
                s["sents"][i] = s["sents"][i].replace("発表した", "明らかにした", 1).rstrip("。") + "。詳細は明らかにしていない。"
            notes.append("sentence reworded")
        elif op == "headline":
            s["title"] = ("UPDATE 1-" + s["title"]) if lang == "en" else ("【更新】" + s["title"] + "（詳報）")
            notes.append("headline changed")
    return s, ", ".join(notes) or "sentence reworded"


def cosmetic(text, lang):
    """Exact copy with cosmetic differences: whitespace, line breaks, case, full-width forms, tracking params."""
    t = text.replace("\n\n", "\n \n").replace(". ", ".  ")
    if lang == "ja":
        t = t.translate(str.maketrans("0123456789%()", "０１２３４５６７８９％（）"))
    else:
        t = t.replace("\n \n", "\n\n\n")
    return t


def pairs():
    out = []
    for lang in ("en", "ja"):
        comps = EN_COMPANIES if lang == "en" else JA_COMPANIES
        story_fn = en_story if lang == "en" else ja_story
        types = EN_TYPES if lang == "en" else JA_TYPES
        wrap = wrapper if lang == "en" else ja_wrapper

        def render(st, h=None, f=None, alt=False):
            if lang == "en":
                return en_render(st, h, f, dateline=True, wire="Reuters" if not alt else "AP")
            return ja_render(st, h, f, photo=alt)

        def art(st, body):
            d = {"title": st["title"], "body": body}
            if R.random() < 0.8:
                d["lang"] = lang
            return d

        for i in range(15):
            c = R.choice(comps)
            st = story_fn(c)
            h, f = wrap()
            body = render(st, h, f)
            b = art(st, cosmetic(body, lang))
            if lang == "en" and i % 3 == 0:
                b["title"] = st["title"].upper()
            out.append({"a": art(st, body), "b": b, "label": "exact",
                        "note": f"{lang} {st['kind']}: same text, whitespace/width/case differences"})
        for i in range(21):
            c = R.choice(comps)
            st = story_fn(c)
            h1, f1 = wrap()
            h2, f2 = wrap()
            if i % 3 == 0:
                f2 = f2 + ([f"Related: {R.choice(['Nikkei hits record high', 'Yen slides past 155 per dollar', 'Japan exports rise for third month'])}", "More from Business"]
                           if lang == "en" else ["【あわせて読みたい】", "日経平均、最高値を更新", "円安進む 1ドル155円台"])
            a = art(st, render(st, h1, f1))
            b = art(st, render(st, h2, f2, alt=True))
            if i % 2 == 0:
                b["title"] = st["title"] + (" - Reuters" if lang == "en" else " | 日経電子版")
            out.append({"a": a, "b": b, "label": "rewrapped", "note": f"{lang} {st['kind']}: other site's header/footer/byline"})
        for i in range(24):
            c = R.choice(comps)
            st = story_fn(c)
            h, f = wrap()
            st2, note = edit_story(st, lang, types)
            a = art(st, render(st, h, f))
            h2, f2 = (h, f) if i % 2 == 0 else wrap()
            b = art(st2, render(st2, h2, f2))
            out.append({"a": a, "b": b, "label": "edited", "note": f"{lang} {st['kind']}: {note}"})
        for i in range(25):
            c = R.choice(comps)
            same_genre = i % 2 == 0
            k1 = R.choice(types)
            k2 = k1 if same_genre else R.choice([t for t in types if t != k1])
            s1 = story_fn(c, k1)
            s2 = story_fn(c, k2)
            h, f = wrap()
            out.append({"a": art(s1, render(s1, h, f)), "b": art(s2, render(s2, h, f)), "label": "different",
                        "note": f"{lang} same company, same day, same wrapper: {s1['kind']} vs {s2['kind']}"
                                + (" (same genre, different facts)" if same_genre else "")})
    return out


if __name__ == "__main__":
    for p in pairs():
        print(json.dumps(p, ensure_ascii=False))
