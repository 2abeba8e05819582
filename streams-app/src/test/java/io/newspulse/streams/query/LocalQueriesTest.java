package io.newspulse.streams.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.Company;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.registry.client.MockSchemaRegistry;
import io.newspulse.streams.NewsTopology;
import io.newspulse.streams.config.PipelineSettings;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.recent.RecentMention;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.newspulse.streams.tagging.CompanyCatalog;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LocalQueries over the stores of the real topology, run on the TopologyTestDriver (no broker). */
class LocalQueriesTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:30Z");
    private static final Topics TOPICS = Topics.defaults();
    private static final Set<String> COMPANIES = Set.of("microsoft", "toyota", "apple");

    @TempDir
    java.nio.file.Path stateDir;
    private String scope;
    private TopologyTestDriver driver;
    private TestInputTopic<String, ArticleEvent> articles;
    private LocalQueries queries;

    @BeforeEach
    void start() {
        scope = "local-queries-" + UUID.randomUUID();
        EventSerdes serdes = new EventSerdes(Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + scope));
        PipelineSettings settings = PipelineSettings.defaults(TOPICS)
                .withWindows(List.of(Duration.ofMinutes(1), Duration.ofHours(1)), Duration.ofMinutes(1));
        var topology = NewsTopology.build(settings, serdes, CompanyCatalog.standalone(), CompanyTopicRouter.of(List.of()),
                new PipelineMetrics(new SimpleMeterRegistry()), 3, io.newspulse.streams.dedup.DedupChain.topic("newspulse-streams"));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "local-queries-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props, T0);
        TestInputTopic<String, Company> companies = driver.createInputTopic(TOPICS.companies(), new StringSerializer(),
                serdes.companies().serializer());
        CompanyKnowledgeBase.builtIn().companies().stream().filter(c -> COMPANIES.contains(c.getId()))
                .forEach(c -> companies.pipeInput(c.getId(), c));
        articles = driver.createInputTopic(TOPICS.articles(), new StringSerializer(), serdes.articles().serializer());
        queries = new LocalQueries(new DriverStores(driver), List.of(Duration.ofMinutes(1), Duration.ofHours(1)), 3);
    }

    @AfterEach
    void stop() {
        driver.close();
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void shouldListTheConfiguredWindowsAndRefuseOthersWith400() {
        assertThat(queries.windowLabels()).containsExactly("1m", "1h");
        assertThat(queries.window("1h")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> queries.window("7m")).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("[1m, 1h]").contains("'7m'");
        });
    }

    @Test
    void shouldReadCompaniesFromTheGlobalStoreAndAnswer404ForUnknownOnes() {
        assertThat(queries.company("toyota").getName()).isEqualTo("Toyota Motor");
        assertThat(queries.companies()).extracting(Company::getId).containsExactly("apple", "microsoft", "toyota");
        assertThatThrownBy(() -> queries.company("no-such-company")).isInstanceOfSatisfying(QueryException.class,
                e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void shouldAnswerSeriesLatestSignalsAndTopFromTheWindowStores() {
        publish("ms-1", "Microsoft raises its cloud forecast", "Microsoft said on Tuesday that revenue from its cloud "
                + "business grew faster than analysts expected.", T0);
        publish("ms-2", "Microsoft opens a data centre", "Microsoft will open a new data centre in Osaka, the company said.",
                T0.plusSeconds(5));
        publish("toyota-1", "Toyota recalls cars", "Toyota is recalling 10,000 cars over a brake fault, the carmaker said.",
                T0.plusSeconds(10));

        List<SignalView> series = queries.series("microsoft", "1m", T0.minus(Duration.ofHours(1)), T0.plusSeconds(60));
        assertThat(series).hasSize(1);
        assertThat(series.get(0).articleCount()).isEqualTo(2);
        assertThat(series.get(0).windowStart()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(queries.series("microsoft", "1m", T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(2)))).isEmpty();

        Map<String, Map<String, SignalView>> latest = queries.latestSignals(T0.plusSeconds(20));
        assertThat(latest).containsKeys("microsoft", "toyota").doesNotContainKey("apple");
        assertThat(latest.get("microsoft")).containsOnlyKeys("1m", "1h");
        assertThat(latest.get("toyota").get("1h").articleCount()).isEqualTo(1);

        List<TopEntry> top = queries.top("1m", T0.plusSeconds(20), 10, true);
        assertThat(top).extracting(TopEntry::companyId).startsWith("microsoft").contains("toyota");
        assertThat(top.get(0).articleCount()).isEqualTo(2);
        assertThat(queries.top("1m", T0.plusSeconds(20), 1)).hasSize(1);
        assertThat(queries.top("1m", T0.plusSeconds(20), 10, false)).allSatisfy(e -> assertThat(e.linked()).isFalse());
        // two windows later nothing is current or previous
        assertThat(queries.top("1m", T0.plus(Duration.ofMinutes(3)), 10, true)).isEmpty();
    }

    @Test
    void shouldListRecentArticlesNewestFirst() {
        publish("ms-old", "Microsoft buys a start-up", "Microsoft agreed to buy a small software start-up.", T0);
        publish("ms-new", "Microsoft hires a new chief", "Microsoft named a new chief financial officer on Monday.",
                T0.plusSeconds(30));
        publish("toyota-1", "Toyota recalls cars", "Toyota is recalling 10,000 cars over a brake fault, the carmaker said.",
                T0.plusSeconds(10));

        assertThat(queries.recentArticles("microsoft")).extracting(RecentMention::articleId).containsExactly("ms-new", "ms-old");
        assertThat(queries.recentArticles("apple")).isEmpty();
        List<CompanyArticle> all = queries.recentArticles(2);
        assertThat(all).extracting(a -> a.article().articleId()).containsExactly("ms-new", "toyota-1");
    }

    @Test
    void shouldAnswer503WhileTheStoresAreNotQueryable() {
        LocalQueries rebalancing = new LocalQueries(new LocalQueries.StoreSource() {
            @Override
            public <T> T store(String name, QueryableStoreType<T> type) {
                throw new InvalidStateStoreException("migrating");
            }

            @Override
            public String state() {
                return "Kafka Streams REBALANCING";
            }
        }, List.of(Duration.ofMinutes(1)), 3);
        assertThatThrownBy(() -> rebalancing.top("1m", T0, 5)).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.getMessage()).contains("REBALANCING").contains("retry");
        });
        assertThatThrownBy(() -> rebalancing.company("microsoft")).isInstanceOf(QueryException.class);
    }

    private void publish(String id, String title, String body, Instant at) {
        articles.pipeInput(id, QueryArticles.article(id, title, body, at), at);
    }
}
