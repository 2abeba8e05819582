package io.newspulse.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.Company;
import io.newspulse.avro.Mention;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.registry.client.MockSchemaRegistry;
import io.newspulse.streams.config.PipelineSettings;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.newspulse.streams.tagging.CompanyCatalog;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analysis.enabled=false}: the tag step finds the same companies (relevance, mentions, snippets, co-mentions)
 * and leaves only the analysis fields (sentiment, events, article tone) at their schema defaults.
 */
class AnalysisSwitchTopologyTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Topics TOPICS = Topics.defaults();

    @TempDir
    java.nio.file.Path stateDir;

    @Test
    void shouldDefaultToAnalysisOn() {
        StreamsAppConfig config = new StreamsAppConfig(Map.of("bootstrap.servers", "unused:9092", "schema.registry.url", "mock://x"));
        assertThat(config.pipelineSettings().analysisEnabled()).isTrue();
        assertThat(new StreamsAppConfig(Map.of("bootstrap.servers", "unused:9092", "schema.registry.url", "mock://x",
                StreamsAppConfig.ANALYSIS_ENABLED, "false")).pipelineSettings().analysisEnabled()).isFalse();
    }

    @Test
    void shouldEmitTheSameMentionsWithTheAnalysisFieldsAtTheirDefaultsWhenAnalysisIsOff() {
        List<ArticleEvent> input = List.of(
                Articles.seed("000_be0c72954be3d6da.txt", "seed-0", T0),
                Articles.seed("001_9a11fdea5a0c0b54.txt", "seed-1", T0.plusSeconds(5)),
                Articles.article("en-1", "Toyota recalls 1.2 million cars over faulty brakes; shares slid 4%",
                        "Toyota Motor said on Tuesday it would recall 1.2 million vehicles worldwide because of a brake defect. "
                                + "Its shares slid 4% in Tokyo. Honda, by contrast, raised its full-year profit outlook after strong sales.",
                        "en", T0.plusSeconds(10)),
                Articles.article("en-2", "Microsoft beats forecasts as cloud revenue jumps",
                        "Microsoft reported quarterly profit well above analysts' expectations, and its shares rose 6% after hours. "
                                + "The company also announced a new $60 billion share buyback.",
                        "en", T0.plusSeconds(15)));

        List<Mention> analysed = mentions(true, input);
        List<Mention> tagged = mentions(false, input);

        assertThat(analysed).isNotEmpty();
        // the switch matters: with the analysis on, some mention carries a sentiment, an event or a tone
        assertThat(analysed).anyMatch(m -> m.getSentiment() != 0.0 || !m.getEvents().isEmpty() || m.getArticleTone() != 0.0);
        assertThat(tagged).allSatisfy(m -> {
            assertThat(m.getSentiment()).isZero();
            assertThat(m.getEvents()).isEmpty();
            assertThat(m.getArticleTone()).isZero();
        });
        assertThat(tagged).isEqualTo(analysed.stream().map(AnalysisSwitchTopologyTest::withoutAnalysis).toList());
    }

    private static Mention withoutAnalysis(Mention m) {
        return Mention.newBuilder(m).setSentiment(0.0).setEvents(List.of()).setArticleTone(0.0).build();
    }

    private List<Mention> mentions(boolean analysisEnabled, List<ArticleEvent> input) {
        String scope = "analysis-switch-" + UUID.randomUUID();
        EventSerdes serdes = new EventSerdes(Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + scope));
        PipelineMetrics metrics = new PipelineMetrics(new SimpleMeterRegistry());
        PipelineSettings settings = PipelineSettings.defaults(TOPICS)
                .withWindows(List.of(Duration.ofMinutes(1)), Duration.ofMinutes(1))
                .withAnalysis(analysisEnabled);
        var topology = NewsTopology.build(settings, serdes, CompanyCatalog.standalone(), CompanyTopicRouter.of(List.of()),
                metrics, 3, io.newspulse.streams.dedup.DedupChain.topic("newspulse-streams"));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "analysis-switch-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(analysisEnabled ? "on" : "off").toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props, T0)) {
            var companies = driver.createInputTopic(TOPICS.companies(), new StringSerializer(), serdes.companies().serializer());
            for (Company c : CompanyKnowledgeBase.builtIn().companies()) {
                companies.pipeInput(c.getId(), c);
            }
            var articles = driver.createInputTopic(TOPICS.articles(), new StringSerializer(), serdes.articles().serializer());
            input.forEach(a -> articles.pipeInput(a.getId(), a));
            return driver.createOutputTopic(TOPICS.mentions(), new StringDeserializer(), serdes.mentions().deserializer())
                    .readValuesToList();
        } finally {
            MockSchemaRegistry.dropScope(scope);
        }
    }
}
