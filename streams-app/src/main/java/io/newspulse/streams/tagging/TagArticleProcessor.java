package io.newspulse.streams.tagging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.newspulse.analysis.AnalyzedArticle;
import io.newspulse.analysis.ArticleAnalyzer;
import io.newspulse.analysis.ArticleSentiment;
import io.newspulse.analysis.CompanySentiment;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.Mention;
import io.newspulse.avro.SurfaceForm;
import io.newspulse.streams.dedup.DedupDecision;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.validate.ArticleValidator;
import io.newspulse.tagging.CompanyMatch;
import io.newspulse.tagging.Span;
import io.newspulse.tagging.Tagger;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Tags and analyses a decided article ({@link ArticleAnalyzer}, the same code as the offline {@code tag} command)
 * and emits one {@link Mention} per mentioned company, keyed by company id, with what the article says about it
 * (with {@code analysis.enabled=false}: the same mentions with the sentiment, events and tone at their defaults).
 */
public final class TagArticleProcessor implements Processor<String, DedupDecision, String, Mention> {
    private static final int MAX_SNIPPETS = 2;
    private static final int SNIPPET_CONTEXT = 40;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final String companiesStore;
    private final CompanyCatalog catalog;
    private final PipelineMetrics metrics;
    private final ArticleAnalyzer analyzer;
    private ProcessorContext<String, Mention> context;
    private ReadOnlyKeyValueStore<String, ?> companies;

    /** {@code analysisEnabled}: {@code analysis.enabled}; false tags companies only ({@link ArticleAnalyzer#of}). */
    public TagArticleProcessor(String companiesStore, CompanyCatalog catalog, PipelineMetrics metrics, boolean analysisEnabled) {
        this.companiesStore = companiesStore;
        this.catalog = catalog;
        this.metrics = metrics;
        this.analyzer = ArticleAnalyzer.of(analysisEnabled);
    }

    @Override
    public void init(ProcessorContext<String, Mention> context) {
        this.context = context;
        this.companies = context.getStateStore(companiesStore);
        // Build the automaton now, while the task starts, not on the first article: that build (41k companies,
        // seconds) would hold the thread's open transaction, and under load it outlived transaction.timeout.ms (10 s),
        // the producer was fenced and the group rebalanced (seen in CleanRestartIT). Shared by every task, built once.
        catalog.tagger(companies);
    }

    /** Up to {@value #MAX_SNIPPETS} excerpts of the body around the company's first body mentions. */
    static List<String> snippets(ArticleEvent article, CompanyMatch match) {
        String body = article.getBody();
        List<String> out = new ArrayList<>(MAX_SNIPPETS);
        for (Span span : match.spans()) {
            if (span.inTitle() || span.end() > body.length()) {
                continue;
            }
            int from = Math.max(0, span.start() - SNIPPET_CONTEXT);
            int to = Math.min(body.length(), span.end() + SNIPPET_CONTEXT);
            out.add((from > 0 ? "…" : "") + WHITESPACE.matcher(body.substring(from, to)).replaceAll(" ") + (to < body.length() ? "…" : ""));
            if (out.size() == MAX_SNIPPETS) {
                break;
            }
        }
        return out;
    }

    @Override
    public void process(Record<String, DedupDecision> record) {
        DedupDecision decision = record.value();
        ArticleEvent article = decision.article();
        Tagger tagger = catalog.tagger(companies);
        AnalyzedArticle analyzed = analyzer.analyze(tagger, article.getTitle(), article.getBody(), article.getLanguage());
        List<CompanyMatch> matches = analyzed.companies();
        ArticleSentiment said = analyzed.sentiment();
        long eventTime = ArticleValidator.eventTime(article);
        for (CompanyMatch match : matches) {
            List<String> others = new ArrayList<>(matches.size());
            for (CompanyMatch other : matches) {
                if (!other.companyId().equals(match.companyId())) {
                    others.add(other.companyId());
                }
            }
            List<SurfaceForm> forms = new ArrayList<>(match.spans().size());
            for (Span span : match.spans()) {
                forms.add(new SurfaceForm(span.text(), span.start(), span.end(), span.inTitle()));
            }
            CompanySentiment about = said.of(match.companyId());
            List<io.newspulse.avro.CorporateEvent> events = CorporateEvents.toAvro(about.events());
            Mention mention = Mention.newBuilder()
                    .setArticleId(article.getId())
                    .setCompanyId(match.companyId())
                    .setCompanyName(match.companyName())
                    .setSurfaceForms(forms)
                    .setCount(match.count())
                    .setRelevance(match.relevance())
                    .setInTitle(match.inTitle())
                    .setCoMentions(others)
                    .setNovel(decision.novel())
                    .setDuplicateOf(decision.duplicateOf())
                    .setSnippets(snippets(article, match))
                    .setArticleTitle(article.getTitle())
                    .setLanguage(article.getLanguage())
                    .setSource(article.getSource())
                    .setPublishedAt(Instant.ofEpochMilli(eventTime))
                    .setIngestedAt(article.getIngestedAt())
                    .setLinked(match.linked())
                    .setSentiment(about.sentiment())
                    .setEvents(events)
                    .setArticleTone(said.tone())
                    .build();
            metrics.mention(article.getIngestedAt().toEpochMilli());
            if (analyzer.analysisEnabled()) {
                metrics.said(mention.getSentiment(), events);
            }
            context.forward(new Record<>(match.companyId(), mention, eventTime, record.headers()));
        }
    }
}
