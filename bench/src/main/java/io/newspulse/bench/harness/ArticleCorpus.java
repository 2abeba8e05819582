package io.newspulse.bench.harness;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.ArticleFactory;
import io.newspulse.producer.generate.BuiltInCompanies;
import io.newspulse.producer.generate.GeneratedArticle;
import io.newspulse.producer.generate.SyntheticArticleGenerator;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;

/**
 * Synthetic multilingual articles (~2 KB each, with the generator's reposts and near duplicates), generated once
 * into memory and replayed by every section, with two ground truths: the companies the generator put in each
 * article, and the companies an offline pass of the same {@link Tagger} over the same knowledge base finds, i.e. the
 * mentions a run without loss must produce (the pipeline is checked against the latter; the gap between the two is
 * tagger recall, reported apart).
 */
public final class ArticleCorpus {
    private final List<ArticleEvent> events;
    private final Map<String, Set<String>> companies;
    private final Map<String, Set<String>> generated;
    private final long[] textBytes;

    private ArticleCorpus(List<ArticleEvent> events, Map<String, Set<String>> companies, Map<String, Set<String>> generated,
                          long[] textBytes) {
        this.events = events;
        this.companies = companies;
        this.generated = generated;
        this.textBytes = textBytes;
    }

    /** Generates {@code count} articles whose event time starts now and advances by about {@code meanGap} each. */
    public static ArticleCorpus generate(long seed, int count, Duration meanGap) {
        ArticleStream stream = new ArticleStream(seed, Instant.now(), meanGap);
        List<ArticleEvent> events = new ArrayList<>(count);
        Map<String, Set<String>> companies = new HashMap<>(count * 2);
        Map<String, Set<String>> generated = new HashMap<>(count * 2);
        Tagger tagger = Tagger.build(CompanyKnowledgeBase.builtIn().companies());
        long[] bytes = new long[count];
        for (int i = 0; i < count; i++) {
            ArticleStream.Item item = stream.next();
            ArticleEvent e = item.event();
            events.add(e);
            generated.put(e.getId(), item.companies());
            Set<String> tagged = new HashSet<>();
            tagger.tag(e.getTitle(), e.getBody(), e.getLanguage()).forEach(m -> tagged.add(m.companyId()));
            companies.put(e.getId(), Set.copyOf(tagged));
            bytes[i] = item.textBytes();
        }
        return new ArticleCorpus(List.copyOf(events), companies, generated, bytes);
    }

    public int size() {
        return events.size();
    }

    /** Articles {@code from} (inclusive) to {@code to} (exclusive). */
    public List<ArticleEvent> slice(int from, int to) {
        return events.subList(from, to);
    }

    /** Companies a lossless run must report for the article (offline tagging of the same text). */
    public Set<String> companiesOf(String articleId) {
        return companies.getOrDefault(articleId, Set.of());
    }

    /** (article, company) pairs the generator wrote that offline tagging does not find, in the first {@code n} articles. */
    public long taggerMissed(int n) {
        long missed = 0;
        for (ArticleEvent e : events.subList(0, n)) {
            Set<String> tagged = companiesOf(e.getId());
            missed += generated.get(e.getId()).stream().filter(c -> !tagged.contains(c)).count();
        }
        return missed;
    }

    /** (article, company) pairs the generator wrote, in the first {@code n} articles. */
    public long generatedPairs(int n) {
        return events.subList(0, n).stream().mapToLong(e -> generated.get(e.getId()).size()).sum();
    }

    /** UTF-8 bytes of title and body of the articles {@code from..to}. */
    public long textBytes(int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += textBytes[i];
        }
        return sum;
    }

    /** An endless generator of article events with their truth, for runs too long to hold in memory. */
    public static final class ArticleStream {
        /** One article event, the companies it names and the UTF-8 size of its text. */
        public record Item(ArticleEvent event, Set<String> companies, long textBytes) {
        }

        private final SyntheticArticleGenerator generator;
        private final ArticleFactory factory = new ArticleFactory(Clock.systemUTC());

        public ArticleStream(long seed, Instant start, Duration meanGap) {
            generator = new SyntheticArticleGenerator(BuiltInCompanies.curated(),
                    new SyntheticArticleGenerator.Options(seed, start, meanGap, List.of("microsoft", "toyota")));
        }

        public Item next() {
            GeneratedArticle g = generator.next();
            ArticleEvent e = factory.toEvent(g.draft());
            long bytes = e.getBody().getBytes(StandardCharsets.UTF_8).length
                    + (e.getTitle() == null ? 0 : e.getTitle().getBytes(StandardCharsets.UTF_8).length);
            return new Item(e, Set.copyOf(g.truth().companies()), bytes);
        }
    }
}
