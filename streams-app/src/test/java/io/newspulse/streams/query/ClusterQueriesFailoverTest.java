package io.newspulse.streams.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
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
import io.newspulse.streams.StoreNames;
import io.newspulse.streams.config.PipelineSettings;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.newspulse.streams.tagging.CompanyCatalog;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-company queries when the active copy of a partition cannot answer (its instance was killed, or Kafka Streams
 * is rebalancing): the answer comes from a standby replica. The stores are the real topology's on the
 * TopologyTestDriver; the "active" instance that died is a closed port.
 */
class ClusterQueriesFailoverTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:30Z");
    private static final Topics TOPICS = Topics.defaults();
    private static final List<Duration> WINDOWS = List.of(Duration.ofMinutes(1), Duration.ofHours(1));
    private static final HostInfo SELF = new HostInfo("127.0.0.1", 1);
    private static final String SIGNALS_1M = StoreNames.signals(Duration.ofMinutes(1));

    @TempDir
    java.nio.file.Path stateDir;
    private String scope;
    private TopologyTestDriver driver;
    private HostInfo dead;

    @BeforeEach
    void start() throws IOException {
        scope = "failover-" + UUID.randomUUID();
        EventSerdes serdes = new EventSerdes(Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + scope));
        PipelineSettings settings = PipelineSettings.defaults(TOPICS).withWindows(WINDOWS, Duration.ofMinutes(1));
        var topology = NewsTopology.build(settings, serdes, CompanyCatalog.standalone(), CompanyTopicRouter.of(List.of()),
                new PipelineMetrics(new SimpleMeterRegistry()), 3, io.newspulse.streams.dedup.DedupChain.topic("newspulse-streams"));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "failover-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props, T0);
        TestInputTopic<String, Company> companies = driver.createInputTopic(TOPICS.companies(), new StringSerializer(),
                serdes.companies().serializer());
        CompanyKnowledgeBase.builtIn().companies().stream().filter(c -> Set.of("microsoft", "toyota").contains(c.getId()))
                .forEach(c -> companies.pipeInput(c.getId(), c));
        TestInputTopic<String, ArticleEvent> articles = driver.createInputTopic(TOPICS.articles(), new StringSerializer(),
                serdes.articles().serializer());
        articles.pipeInput("ms-1", article("ms-1", "Microsoft raises its cloud forecast",
                "Microsoft said on Tuesday that revenue from its cloud business grew faster than analysts expected."), T0);
        try (ServerSocket s = new ServerSocket(0)) {
            dead = new HostInfo("127.0.0.1", s.getLocalPort()); // nothing listens there once closed: connection refused
        }
    }

    @AfterEach
    void stop() {
        driver.close();
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void shouldAnswerFromTheLocalStandbyWhenTheActiveInstanceIsDown() {
        ClusterQueries queries = queries(new KeyQueryMetadata(dead, Set.of(SELF), 0), unavailable(), new DriverStores(driver));

        ClusterQueries.Answer answer = queries.series("microsoft", "1m", T0.minusSeconds(60), T0.plusSeconds(60), false, path());

        assertThat(answer.servedBy()).isEqualTo("127.0.0.1:1");
        assertThat(((ClusterQueries.Series) answer.body()).points()).singleElement()
                .satisfies(p -> assertThat(p.articleCount()).isEqualTo(1));
    }

    @Test
    void shouldAnswerFromLocalReplicasWhileTheActiveStoresAreNotQueryable() {
        ClusterQueries queries = queries(new KeyQueryMetadata(SELF, Set.of(dead), 0), unavailable(), new DriverStores(driver));

        ClusterQueries.Answer answer = queries.series("microsoft", "1m", T0.minusSeconds(60), T0.plusSeconds(60), false, path());

        assertThat(((ClusterQueries.Series) answer.body()).points()).hasSize(1);
    }

    @Test
    void shouldAnswer503WhenNeitherTheActiveInstanceNorAStandbyAnswers() {
        ClusterQueries queries = queries(new KeyQueryMetadata(dead, Set.of(), 0), new DriverStores(driver), new DriverStores(driver));

        assertThatThrownBy(() -> queries.series("microsoft", "1m", T0.minusSeconds(60), T0.plusSeconds(60), false, path()))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.getMessage()).contains(PeerClient.address(dead));
                });
    }

    @Test
    void shouldAnswerOnceTheRebalanceSettlesWithinTheRetryTime() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        // The first metadata names a dead instance (the one stopping); the next names this one, as after the rebalance.
        ClusterQueries queries = queries(() -> asked.getAndIncrement() == 0 ? new KeyQueryMetadata(dead, Set.of(), 0)
                : new KeyQueryMetadata(SELF, Set.of(), 0), new DriverStores(driver), new DriverStores(driver), Duration.ofSeconds(30));

        ClusterQueries.Answer answer = queries.series("microsoft", "1m", T0.minusSeconds(60), T0.plusSeconds(60), false, path());

        assertThat(answer.servedBy()).isEqualTo("127.0.0.1:1");
        assertThat(asked).hasValue(2);
    }

    @Test
    void shouldNotRetryAPeersRequest() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        ClusterQueries queries = queries(() -> {
            asked.incrementAndGet();
            return new KeyQueryMetadata(dead, Set.of(new HostInfo("127.0.0.1", 2)), 0);
        }, new DriverStores(driver), new DriverStores(driver), Duration.ofSeconds(30));

        assertThatThrownBy(() -> queries.series("microsoft", "1m", T0.minusSeconds(60), T0.plusSeconds(60), true, path()))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(asked).hasValue(1);
    }

    @Test
    void shouldRefuseAPeersRequestForACompanyItHoldsNoCopyOf() {
        ClusterQueries queries = queries(new KeyQueryMetadata(dead, Set.of(new HostInfo("127.0.0.1", 2)), 0),
                new DriverStores(driver), new DriverStores(driver));

        assertThatThrownBy(() -> queries.series("microsoft", "1m", T0.minusSeconds(60), T0.plusSeconds(60), true, path()))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.status()).isEqualTo(503));
    }

    @Test
    void shouldAnswerAPeersRequestFromItsStandbyCopy() {
        ClusterQueries queries = queries(new KeyQueryMetadata(dead, Set.of(SELF), 0), unavailable(), new DriverStores(driver));

        ClusterQueries.Answer answer = queries.series("microsoft", "1m", T0.minusSeconds(60), T0.plusSeconds(60), true, path());

        assertThat(((ClusterQueries.Series) answer.body()).points()).hasSize(1);
    }

    @Test
    void shouldNotFallBackOnAnUnknownCompany() {
        ClusterQueries queries = queries(new KeyQueryMetadata(dead, Set.of(SELF), 0), new DriverStores(driver), new DriverStores(driver));

        assertThatThrownBy(() -> queries.series("no-such-company", "1m", T0, T0, false, path()))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    private static String path() {
        return "/api/companies/microsoft/signals?window=1m";
    }

    /** Queries on SELF, without retries, with {@code metadata} for every key; companies come from the global store in both sources. */
    private ClusterQueries queries(KeyQueryMetadata metadata, LocalQueries.StoreSource active, LocalQueries.StoreSource replicas) {
        return queries(() -> metadata, active, replicas, Duration.ZERO);
    }

    /** Queries on SELF whose key metadata comes from {@code metadata} at each try, retried for {@code retryFor}. */
    private ClusterQueries queries(java.util.function.Supplier<KeyQueryMetadata> metadata, LocalQueries.StoreSource active,
            LocalQueries.StoreSource replicas, Duration retryFor) {
        InstanceRouter router = new InstanceRouter(null, new InstanceRouter.KeyMetadata() {
            @Override
            public KeyQueryMetadata forKey(String store, String key) {
                assertThat(store).isIn(SIGNALS_1M, StoreNames.COMPANY_LIVE);
                return metadata.get();
            }

            @Override
            public String state() {
                return "test";
            }
        }, SELF);
        return new ClusterQueries(new LocalQueries(active, replicas, WINDOWS, 3), router, new PeerClient(), retryFor);
    }

    /** Active stores that cannot be read (rebalancing, or not this instance's), except the global companies store. */
    private LocalQueries.StoreSource unavailable() {
        DriverStores global = new DriverStores(driver);
        return new LocalQueries.StoreSource() {
            @Override
            public <T> T store(String name, QueryableStoreType<T> type) {
                if (name.equals(StoreNames.COMPANIES)) {
                    return global.store(name, type);
                }
                throw new InvalidStateStoreException("the stream thread is PARTITIONS_ASSIGNED, not RUNNING");
            }

            @Override
            public String state() {
                return "Kafka Streams REBALANCING";
            }
        };
    }

    private static ArticleEvent article(String id, String title, String body) {
        return QueryArticles.article(id, title, body, T0);
    }
}
