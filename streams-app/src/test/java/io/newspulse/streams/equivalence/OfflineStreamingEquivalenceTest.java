package io.newspulse.streams.equivalence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.Company;
import io.newspulse.avro.DuplicateEvent;
import io.newspulse.avro.Mention;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.dedup.OfflineDedup;
import io.newspulse.registry.client.MockSchemaRegistry;
import io.newspulse.streams.NewsTopology;
import io.newspulse.streams.config.PipelineSettings;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.newspulse.streams.tagging.CompanyCatalog;
import io.newspulse.analysis.OfflineTagger;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import io.newspulse.testsupport.DevSet;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming pipeline and the offline commands answer the same for the same input: every article of the labelled
 * development set (real multilingual news) gets the same companies, relevance, linked flag, sentiment, events and
 * tone from the topology as from {@code newspulse tag}, and the same dedup verdict as from {@code newspulse dedup} — with the knowledge base
 * published to the companies topic in a shuffled order, since the stream's global store sees companies in topic
 * order, not file order.
 */
class OfflineStreamingEquivalenceTest {
    private static final Topics TOPICS = Topics.defaults();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    java.nio.file.Path stateDir;

    @Test
    void shouldTagAndDedupTheDevSetExactlyAsTheOfflineCommandsDo() throws IOException {
        List<Company> kb = List.copyOf(CompanyKnowledgeBase.builtIn().companies());
        Map<String, String> offlineTags = offlineTags(kb);
        Map<String, String> offlineVerdicts = offlineVerdicts();

        List<Company> shuffled = new ArrayList<>(kb);
        Collections.shuffle(shuffled, new Random(42));
        Streamed streamed = stream(shuffled);

        assertThat(streamed.tags()).hasSameSizeAs(offlineTags);
        assertThat(streamed.tags()).containsExactlyInAnyOrderEntriesOf(offlineTags);
        assertThat(streamed.verdicts()).containsExactlyInAnyOrderEntriesOf(offlineVerdicts);
    }

    /** article id → canonical text of its companies from the offline tagger. */
    private static Map<String, String> offlineTags(List<Company> kb) throws IOException {
        StringWriter out = new StringWriter();
        new OfflineTagger(Tagger.build(kb)).run(new StringReader(DevSet.text()), out, (line, id, problem) -> { });
        Map<String, String> tags = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            JsonNode result = JSON.readTree(line);
            List<String> companies = new ArrayList<>();
            for (JsonNode c : result.get("companies")) {
                List<String> events = new ArrayList<>();
                c.get("events").forEach(e -> events.add(e.asText()));
                companies.add(canonical(c.get("id").asText(), c.get("relevance").asDouble(), c.get("linked").asBoolean(),
                        c.get("sentiment").asDouble(), events, result.get("tone").asDouble()));
            }
            tags.put(result.get("id").asText(), String.join(" | ", companies));
        }
        return tags;
    }

    /** article id → kind and cluster from the offline dedup engine (file order is arrival order). */
    private static Map<String, String> offlineVerdicts() throws IOException {
        StringWriter out = new StringWriter();
        new OfflineDedup(Duration.ofDays(7)).run(new StringReader(DevSet.text()), out);
        Map<String, String> verdicts = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            JsonNode v = JSON.readTree(line);
            String kind = v.get("kind").asText();
            verdicts.put(v.get("id").asText(), kind.equals("original") ? "original" : kind + " of " + v.get("cluster").asText());
        }
        return verdicts;
    }

    private record Streamed(Map<String, String> tags, Map<String, String> verdicts) {
    }

    private Streamed stream(List<Company> companies) {
        String scope = "equivalence-" + UUID.randomUUID();
        EventSerdes serdes = new EventSerdes(Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + scope));
        PipelineSettings settings = PipelineSettings.defaults(TOPICS);
        var topology = NewsTopology.build(settings, serdes, CompanyCatalog.standalone(), CompanyTopicRouter.of(List.of()),
                new PipelineMetrics(new SimpleMeterRegistry()), 3, io.newspulse.streams.dedup.DedupChain.topic("newspulse-streams"));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "equivalence-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        List<JsonNode> articles = DevSet.articles();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, String> verdicts = new TreeMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props, Instant.parse("2026-01-01T00:00:00Z"))) {
            TestInputTopic<String, Company> companiesIn = driver.createInputTopic(TOPICS.companies(), new StringSerializer(), serdes.companies().serializer());
            companies.forEach(c -> companiesIn.pipeInput(c.getId(), c));
            TestInputTopic<String, ArticleEvent> in = driver.createInputTopic(TOPICS.articles(), new StringSerializer(), serdes.articles().serializer());
            Instant eventTime = Instant.EPOCH;
            for (JsonNode a : articles) {
                eventTime = publishedAt(a, eventTime);
                String id = a.get("id").asText();
                in.pipeInput(id, ArticleEvent.newBuilder()
                        .setId(id).setSource("dev-set").setUrl(null)
                        .setTitle(a.path("title").asText(null)).setBody(a.get("body").asText())
                        .setLanguage(a.path("lang").asText(null))
                        .setPublishedAt(eventTime).setIngestedAt(eventTime)
                        .setContentHash(Integer.toHexString(a.get("body").asText().hashCode())).setAttributes(Map.of())
                        .build());
                mentions.put(id, new ArrayList<>());
                verdicts.put(id, "original");
            }
            driver.createOutputTopic(TOPICS.mentions(), new StringDeserializer(), serdes.mentions().deserializer())
                    .readValuesToList().forEach(m -> mentions.get(m.getArticleId()).add(m));
            for (DuplicateEvent d : driver.createOutputTopic(TOPICS.duplicates(), new StringDeserializer(), serdes.duplicates().deserializer()).readValuesToList()) {
                verdicts.put(d.getArticleId(), d.getKind().name().toLowerCase(java.util.Locale.ROOT) + " of " + d.getDuplicateOf());
            }
        } finally {
            MockSchemaRegistry.dropScope(scope);
        }
        Map<String, String> tags = new TreeMap<>();
        mentions.forEach((id, list) -> tags.put(id, String.join(" | ", list.stream()
                .map(m -> canonical(m.getCompanyId(), m.getRelevance(), m.getLinked(), m.getSentiment(),
                        m.getEvents().stream().map(Enum::name).toList(), m.getArticleTone())).toList())));
        return new Streamed(tags, verdicts);
    }

    /** The same event time the offline dedup uses: published_at, else the previous article's. */
    private static Instant publishedAt(JsonNode article, Instant previous) {
        JsonNode date = article.get("published_at");
        if (date == null || date.isNull() || date.asText().isBlank()) {
            return previous;
        }
        String text = date.asText();
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : java.time.OffsetDateTime.parse(text).toInstant();
    }

    private static String canonical(String id, double relevance, boolean linked, double sentiment, List<String> events, double tone) {
        return id + "@" + relevance + (linked ? "" : " (unlinked)") + " sentiment " + sentiment + " events " + events + " tone " + tone;
    }
}
