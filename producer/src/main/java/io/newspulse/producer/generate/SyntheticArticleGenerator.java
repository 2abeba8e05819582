package io.newspulse.producer.generate;

import io.newspulse.avro.Company;
import io.newspulse.producer.ArticleDraft;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic synthetic news: the same seed, companies and options give the same articles, ids and truth.
 * <ul>
 *   <li>languages en 40%, ja 35%, zh 10%, ko 8%, de 7%; ~2 KB bodies built from {@link Templates} naming one or
 *       two companies with real aliases of that language ({@link CompanyNames}: unambiguous, no alias hiding
 *       another company's name; German uses English aliases); template sentences that contain any company name
 *       are dropped up front;</li>
 *   <li>about 8% exact reposts (same title and body, another source), 6% re-wrapped copies (other header and
 *       footer), 6% lightly edited updates (one sentence dropped, one update line added) of a recent original;</li>
 *   <li>bursts: articles {@code 100..199} of every 300 are a burst window in which 60% of originals are about
 *       one of the burst companies;</li>
 *   <li>{@code published_at} follows a simulated clock from {@code start}, advancing by a random gap of 0.2–1.8×
 *       {@code meanGap} per article; ids are {@code gen-<seed>-<index>}.</li>
 * </ul>
 * Not thread-safe.
 */
public final class SyntheticArticleGenerator {
    /** Window layout of bursts, in article indexes. */
    static final int BURST_PERIOD = 300;
    static final int BURST_START = 100;
    static final int BURST_LENGTH = 100;
    private static final int RECENT_ORIGINALS = 200;
    private static final String[] SOURCES = {"newswire", "business-daily", "market-watcher", "tech-times", "keizai-shimbun", "asia-finance"};

    /** Options of a generator. */
    public record Options(long seed, Instant start, Duration meanGap, List<String> burstCompanies) {
        public Options {
            burstCompanies = List.copyOf(burstCompanies);
        }

        public static Options of(long seed, Instant start) {
            return new Options(seed, start, Duration.ofSeconds(1), List.of());
        }
    }

    private record Original(String id, String language, String title, List<String> sentences, List<String> companies, String source, String url) {
    }

    private final Options options;
    private final Random random;
    private final CompanyNames names;
    private final Map<String, Templates.Language> templates = new LinkedHashMap<>();
    private final Map<String, List<String>> pools = new LinkedHashMap<>();
    private final List<String> bursts;
    private final Deque<Original> recent = new ArrayDeque<>();
    private long index;
    private Instant clock;

    public SyntheticArticleGenerator(Collection<Company> companies, Options options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.names = new CompanyNames(companies);
        this.clock = options.start();
        for (var e : Templates.BY_LANGUAGE.entrySet()) {
            Templates.Language l = e.getValue();
            templates.put(e.getKey(), new Templates.Language(clean(l.titles()), clean(l.sentences()), clean(l.headers()),
                    clean(l.footers()), l.paragraphBreak()));
        }
        for (String lang : templates.keySet()) {
            pools.put(lang, names.companiesWith(aliasLanguage(lang)));
        }
        List<String> unknown = options.burstCompanies().stream().filter(id -> !names.known(id)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown or unusable burst companies: " + String.join(", ", unknown));
        }
        this.bursts = options.burstCompanies();
    }

    private List<String> clean(List<String> fragments) {
        return fragments.stream().filter(f -> !names.mentionsAnyCompany(f.replaceAll("\\{[A-Z]}", " "))).toList();
    }

    private static String aliasLanguage(String language) {
        return language.equals("de") ? "en" : language;
    }

    /** The next article. */
    public GeneratedArticle next() {
        long i = index++;
        long gapMillis = (long) (options.meanGap().toMillis() * (0.2 + 1.6 * random.nextDouble()));
        clock = clock.plusMillis(gapMillis);
        String id = "gen-" + options.seed() + "-" + String.format(Locale.ROOT, "%07d", i);
        double roll = random.nextDouble();
        if (!recent.isEmpty() && roll < 0.20) {
            Original of = pick(new ArrayList<>(recent));
            if (roll < 0.08) {
                return copy(id, of, "exact", "repost", of.title(), join(of.sentences(), of.language()));
            }
            if (roll < 0.14) {
                Templates.Language t = templates.get(of.language());
                String body = pick(t.headers()) + "\n" + join(of.sentences(), of.language()) + "\n" + pick(t.footers());
                return copy(id, of, "near", "rewrap", of.title(), body);
            }
            List<String> edited = new ArrayList<>(of.sentences());
            if (edited.size() > 4) {
                edited.remove(1 + random.nextInt(edited.size() - 2));
            }
            edited.add(updateLine(of.language()));
            return copy(id, of, "near", "edit", of.title(), join(edited, of.language()));
        }
        return original(id, i);
    }

    private GeneratedArticle copy(String id, Original of, String kind, String variant, String title, String body) {
        String source = SOURCES[random.nextInt(SOURCES.length)];
        if (source.equals(of.source())) {
            source = source + "-syndication";
        }
        ArticleDraft draft = new ArticleDraft(source, id, null, "https://" + source + ".example/" + id, title, body, of.language(), clock,
                Map.of("generator.kind", kind, "generator.variant", variant));
        return new GeneratedArticle(draft, new TruthRecord(id, of.companies(), of.id(), kind, variant, clock));
    }

    private GeneratedArticle original(String id, long i) {
        String language = pickLanguage();
        Templates.Language t = templates.get(language);
        List<String> pool = pools.get(language);
        String primary = chooseBurst(i, language);
        if (primary == null) {
            primary = pick(pool);
        }
        List<String> companies = new ArrayList<>(List.of(primary));
        if (random.nextDouble() < 0.45 && pool.size() > 1) {
            String second = pick(pool);
            if (!second.equals(primary)) {
                companies.add(second);
            }
        }
        String aliasLanguage = aliasLanguage(language);
        String a = pick(names.aliases(primary, aliasLanguage));
        String b = companies.size() > 1 ? pick(names.aliases(companies.get(1), aliasLanguage)) : null;
        List<String> titleChoices = t.titles().stream().filter(s -> b != null || !s.contains("{B}")).toList();
        String title = fill(pick(titleChoices), a, b);
        List<String> sentences = new ArrayList<>();
        List<String> withA = t.sentences().stream().filter(s -> s.contains("{A}") && !s.contains("{B}")).toList();
        sentences.add(fill(pick(withA), a, b));
        if (b != null) {
            sentences.add(fill(pick(t.sentences().stream().filter(s -> s.contains("{B}")).toList()), a, b));
        }
        List<String> usable = t.sentences().stream().filter(s -> b != null || !s.contains("{B}")).toList();
        int target = 1800 + random.nextInt(500);
        int size = sentences.stream().mapToInt(SyntheticArticleGenerator::bytes).sum();
        while (size < target) {
            String next = fill(pick(usable), a, b);
            sentences.add(next);
            size += bytes(next) + 1;
        }
        String source = SOURCES[random.nextInt(SOURCES.length)];
        List<String> truthCompanies = companies.stream().sorted().toList();
        String url = "https://" + source + ".example/" + id;
        Original original = new Original(id, language, title, sentences, truthCompanies, source, url);
        recent.addLast(original);
        if (recent.size() > RECENT_ORIGINALS) {
            recent.removeFirst();
        }
        ArticleDraft draft = new ArticleDraft(source, id, null, url, title, join(sentences, language), language, clock,
                Map.of("generator.kind", "original"));
        return new GeneratedArticle(draft, new TruthRecord(id, truthCompanies, null, "original", "original", clock));
    }

    private String chooseBurst(long i, String language) {
        if (bursts.isEmpty() || i % BURST_PERIOD < BURST_START || i % BURST_PERIOD >= BURST_START + BURST_LENGTH
                || random.nextDouble() >= 0.6) {
            return null;
        }
        List<String> candidates = bursts.stream().filter(id -> !names.aliases(id, aliasLanguage(language)).isEmpty()).toList();
        return candidates.isEmpty() ? null : pick(candidates);
    }

    private String pickLanguage() {
        int r = random.nextInt(100);
        for (Map.Entry<String, Integer> e : Templates.WEIGHTS) {
            r -= e.getValue();
            if (r < 0 && !pools.get(e.getKey()).isEmpty()) {
                return e.getKey();
            }
        }
        return "en";
    }

    private String fill(String template, String a, String b) {
        return template.replace("{A}", a).replace("{B}", b == null ? "" : b)
                .replace("{N}", Integer.toString(10 + random.nextInt(990)))
                .replace("{P}", Integer.toString(1 + random.nextInt(30)))
                .replace("{Y}", Integer.toString(2025 + random.nextInt(6)));
    }

    private String updateLine(String language) {
        return switch (language) {
            case "ja" -> "（更新：関係者のコメントを追加しました。）";
            case "zh" -> "（更新：补充了业内人士的评论。）";
            case "ko" -> "(업데이트: 관계자 논평을 추가했습니다.)";
            case "de" -> "(Aktualisiert mit einer Stellungnahme von Analysten.)";
            default -> "(Updated with comment from analysts.)";
        };
    }

    private String join(List<String> sentences, String language) {
        boolean cjk = language.equals("ja") || language.equals("zh");
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < sentences.size(); k++) {
            if (k > 0) {
                sb.append(k % 3 == 0 ? templates.get(language).paragraphBreak() : (cjk ? "" : " "));
            }
            sb.append(sentences.get(k));
        }
        return sb.toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
