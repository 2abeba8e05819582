package io.newspulse.streams.equivalence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.DuplicateEvent;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.dedup.OfflineDedup;
import io.newspulse.dedup.index.DedupResult;
import io.newspulse.registry.client.MockSchemaRegistry;
import io.newspulse.streams.NewsTopology;
import io.newspulse.streams.config.PipelineSettings;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.newspulse.streams.tagging.CompanyCatalog;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming dedup (the topology on three partitions) and offline dedup ({@code newspulse dedup}) give the same
 * verdict for every article of a crafted sequence with what the dev set lacks: exact reposts, a re-wrapped wire copy,
 * an edited update and an exact copy of that update (a copy of a copy points at the first article), same-company
 * stories with other figures (not duplicates), Japanese copies, and a tie: a roundup that contains two different
 * stories published at the same moment, equally similar to both, whose cluster must not depend on which of the two
 * the stream's partitions report first. Checked in the written order and in shuffled arrival orders.
 */
class CraftedDedupEquivalenceTest {
    private static final Topics TOPICS = Topics.defaults();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    private static final String HONDA = "Honda said on Tuesday it would build a 340 billion yen battery plant in Ontario. "
            + "The plant will employ about 1,000 people from 2028 and supply its electric SUVs. "
            + "Honda said the investment is part of a 15 trillion yen electrification plan announced last year. "
            + "Its shares rose 2.1% in Tokyo after the announcement.";
    private static final String HONDA_UPDATE = HONDA + " Analysts at Nomura called the plan ambitious but achievable.";
    private static final String SONY_Q2 = "Sony Group said operating profit rose 18% to 385 billion yen in the July-September "
            + "quarter, helped by its PlayStation games business and a weaker yen. Sales climbed 7% to 3.2 trillion yen. "
            + "The company raised its full-year profit forecast to 1.3 trillion yen. Its shares rose 3.4% in Tokyo.";
    private static final String SONY_Q3 = "Sony Group said operating profit fell 6% to 412 billion yen in the October-December "
            + "quarter as sales of image sensors slowed. Sales slipped 2% to 3.6 trillion yen. "
            + "The company kept its full-year profit forecast at 1.1 trillion yen. Its shares fell 1.9% in Tokyo.";
    private static final String TOYOTA_JA = "トヨタ自動車は25日、米国で約28万台のリコールを届け出たと発表した。"
            + "ブレーキを制御するソフトウエアに不具合があり、停止までの距離が延びるおそれがある。"
            + "対象は2023年から2025年に生産した3車種で、事故の報告はないという。"
            + "同社は販売店でソフトウエアを無償で更新する。";
    private static final String TOYOTA_JA_REWRAP = TOYOTA_JA + "\n(写真:ロイター)\n【関連記事】トヨタ、世界販売が過去最高に\n無断転載を禁じます。";
    private static final String PANASONIC = "Panasonic will cut 5,000 jobs worldwide by the end of the fiscal year as it "
            + "restructures its appliance division. The electronics maker said the cuts would save 60 billion yen a year. "
            + "Its shares closed 1.3% lower in Tokyo.";
    private static final String NINTENDO = "Nintendo raised its annual profit forecast to 480 billion yen after strong holiday "
            + "sales of its Switch console. The Kyoto-based company now expects to sell 15 million units this year. "
            + "Its shares jumped 6.5% in early trading.";
    private static final String ROUNDUP = "Here are the main company stories of the day.\n" + NINTENDO + "\n" + PANASONIC;
    private static final String RAIN = "Heavy rain is expected across western Japan on Wednesday, forecasters said, "
            + "warning of landslides in Hiroshima and Okayama prefectures where up to 250 millimetres could fall.";

    /** A crafted article: title may be null; minutes after T0 is its publication (event) time. */
    private record Crafted(String id, String title, String body, String lang, int minutes) {
    }

    private static final List<Crafted> SEQUENCE = List.of(
            new Crafted("honda", "Honda to build Ontario battery plant", HONDA, "en", 0),
            new Crafted("honda-repost", "Honda to build Ontario battery plant", HONDA, "en", 5),
            new Crafted("honda-wire", "Honda to build Ontario battery plant - Reuters",
                    "TORONTO, Nov 25 (Reuters) - " + HONDA + "\nReporting by Jane Doe; Editing by John Roe\n"
                            + "Copyright 2026 Reuters. All rights reserved.", "en", 12),
            new Crafted("honda-update", "Honda to build Ontario battery plant", HONDA_UPDATE, "en", 40),
            new Crafted("honda-update-copy", "Honda to build Ontario battery plant", HONDA_UPDATE, "en", 55),
            new Crafted("sony-q2", "Sony raises profit forecast", SONY_Q2, "en", 60),
            new Crafted("sony-q3", "Sony keeps profit forecast", SONY_Q3, "en", 61),
            new Crafted("toyota-ja", "トヨタ、米で28万台リコール", TOYOTA_JA, "ja", 70),
            new Crafted("toyota-ja-portal", "トヨタ、米で28万台リコール | 経済ニュース", TOYOTA_JA_REWRAP, "ja", 90),
            new Crafted("tie-b", null, PANASONIC, "en", 120),
            new Crafted("tie-a", null, NINTENDO, "en", 120),
            new Crafted("roundup", null, ROUNDUP, "en", 150),
            new Crafted("rain", "Heavy rain expected", RAIN, "en", 160));

    @TempDir
    java.nio.file.Path stateDir;

    @Test
    void shouldContainExactAndNearDuplicatesDifferentStoriesAndATie() throws IOException {
        Map<String, String> verdicts = offline(SEQUENCE);
        assertThat(verdicts).containsEntry("honda", "original")
                .containsEntry("honda-repost", "EXACT of honda")
                .containsEntry("honda-update", "NEAR of honda")
                .containsEntry("honda-update-copy", "EXACT of honda")
                .containsEntry("sony-q3", "original")
                .containsEntry("tie-a", "original")
                .containsEntry("tie-b", "original")
                .containsEntry("roundup", "NEAR of tie-a")
                .containsEntry("rain", "original");
        assertThat(verdicts.get("honda-wire")).endsWith(" of honda");
        assertThat(verdicts.get("toyota-ja-portal")).endsWith(" of toyota-ja");
    }

    @Test
    void shouldGiveTheSameVerdictsStreamingAndOfflineInTheWrittenOrder() throws IOException {
        assertThat(streamed(SEQUENCE)).containsExactlyInAnyOrderEntriesOf(offline(SEQUENCE));
    }

    @Test
    void shouldGiveTheSameVerdictsStreamingAndOfflineInShuffledArrivalOrders() throws IOException {
        for (long seed : new long[] {1, 7, 42}) {
            List<Crafted> shuffled = new ArrayList<>(SEQUENCE);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(streamed(shuffled)).as("arrival order of seed %d: %s", seed, shuffled.stream().map(Crafted::id).toList())
                    .containsExactlyInAnyOrderEntriesOf(offline(shuffled));
        }
    }

    /** Verdicts of the offline engine, articles in the given arrival order: id → "original" or "KIND of cluster". */
    private static Map<String, String> offline(List<Crafted> articles) throws IOException {
        StringBuilder in = new StringBuilder();
        for (Crafted a : articles) {
            ObjectNode node = JSON.createObjectNode().put("id", a.id()).put("body", a.body()).put("lang", a.lang())
                    .put("published_at", publishedAt(a).toString());
            if (a.title() != null) {
                node.put("title", a.title());
            }
            in.append(JSON.writeValueAsString(node)).append('\n');
        }
        StringWriter out = new StringWriter();
        new OfflineDedup(PipelineSettings.defaults(TOPICS).dedupPolicy()).run(new StringReader(in.toString()), out);
        Map<String, String> verdicts = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            JsonNode v = JSON.readTree(line);
            DedupResult.Kind kind = Arrays.stream(DedupResult.Kind.values())
                    .filter(k -> k.code().equals(v.get("kind").asText())).findFirst().orElseThrow();
            verdicts.put(v.get("id").asText(), kind == DedupResult.Kind.ORIGINAL ? "original" : kind + " of " + v.get("cluster").asText());
        }
        return verdicts;
    }

    /** Verdicts of the topology (three dedup partitions), articles piped in the given arrival order. */
    private Map<String, String> streamed(List<Crafted> articles) {
        String scope = "crafted-dedup-" + UUID.randomUUID();
        EventSerdes serdes = new EventSerdes(Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + scope));
        var topology = NewsTopology.build(PipelineSettings.defaults(TOPICS), serdes, CompanyCatalog.standalone(),
                CompanyTopicRouter.of(List.of()), new PipelineMetrics(new SimpleMeterRegistry()), 3, io.newspulse.streams.dedup.DedupChain.topic("newspulse-streams"));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "crafted-dedup-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(scope).toString());
        Map<String, String> verdicts = new TreeMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props, T0)) {
            TestInputTopic<String, ArticleEvent> in = driver.createInputTopic(TOPICS.articles(), new StringSerializer(), serdes.articles().serializer());
            for (Crafted a : articles) {
                Instant t = publishedAt(a);
                in.pipeInput(a.id(), ArticleEvent.newBuilder()
                        .setId(a.id()).setSource("crafted").setUrl(null).setTitle(a.title()).setBody(a.body())
                        .setLanguage(a.lang()).setPublishedAt(t).setIngestedAt(t)
                        .setContentHash(Integer.toHexString(a.body().hashCode())).setAttributes(Map.of())
                        .build(), t);
                verdicts.put(a.id(), "original");
            }
            for (DuplicateEvent d : driver.createOutputTopic(TOPICS.duplicates(), new StringDeserializer(),
                    serdes.duplicates().deserializer()).readValuesToList()) {
                verdicts.put(d.getArticleId(), DedupResult.Kind.valueOf(d.getKind().name()) + " of " + d.getDuplicateOf());
            }
        } finally {
            MockSchemaRegistry.dropScope(scope);
        }
        return verdicts;
    }

    private static Instant publishedAt(Crafted a) {
        return T0.plusSeconds(60L * a.minutes());
    }
}
