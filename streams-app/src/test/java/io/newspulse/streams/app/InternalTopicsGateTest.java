package io.newspulse.streams.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.registry.client.MockSchemaRegistry;
import io.newspulse.streams.NewsTopology;
import io.newspulse.streams.config.PipelineSettings;
import io.newspulse.streams.metrics.PipelineMetrics;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.streams.signals.CompanyTopicRouter;
import io.newspulse.streams.tagging.CompanyCatalog;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InternalTopicsGateTest {
    private final String scope = "gate-" + UUID.randomUUID();

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void shouldNameTheChangelogAndRepartitionTopicsKafkaStreamsMakesForTheTopology() {
        Topology topology = NewsTopology.build(PipelineSettings.defaults(Topics.defaults()),
                new EventSerdes(Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + scope)),
                CompanyCatalog.standalone(), CompanyTopicRouter.of(List.of("microsoft")),
                new PipelineMetrics(new SimpleMeterRegistry()), 3, io.newspulse.streams.dedup.DedupChain.topic("newspulse-streams"));

        // as listed by a broker after a first start with the default windows (1m, 1h, 1d); the dedup chain topic is
        // made by the app before Kafka Streams starts, and named like a repartition topic
        String app = "newspulse-streams-";
        assertThat(InternalTopicsGate.internalTopics(topology, "newspulse-streams")).containsExactlyInAnyOrder(
                app + "dedup-chain-repartition", app + "dedup-cluster-store-changelog", app + "dedup-index-store-changelog",
                app + "company-live-store-changelog",
                app + "signals-1m-store-changelog", app + "signals-1h-store-changelog", app + "signals-1d-store-changelog",
                app + "spike-baseline-closed-1m-store-changelog", app + "spike-baseline-closed-1h-store-changelog",
                app + "spike-baseline-closed-1d-store-changelog");
    }

    @Test
    void shouldOpenOnlyOnceTheBrokerServesEveryInternalTopic() {
        Deque<Set<String>> listings = new ArrayDeque<>(List.of(
                Set.of("news.articles"),
                Set.of("news.articles", "app-a-changelog"),
                Set.of("news.articles", "app-a-changelog", "app-b-repartition")));
        InternalTopicsGate gate = new InternalTopicsGate(Set.of("app-a-changelog", "app-b-repartition"), listings::poll);

        assertThat(gate.check()).isFalse();
        assertThat(gate.check()).isFalse();
        assertThat(gate.opened()).isNotDone();
        assertThat(gate.check()).isTrue();
        assertThat(gate.opened()).isCompleted();
    }

    @Test
    void shouldKeepAskingWhenTheBrokerCannotListTopics() {
        Deque<Set<String>> listings = new ArrayDeque<>(List.of(Set.of("app-a-changelog")));
        boolean[] failed = {false};
        InternalTopicsGate gate = new InternalTopicsGate(Set.of("app-a-changelog"), () -> {
            if (!failed[0]) {
                failed[0] = true;
                throw new IllegalStateException("cannot list topics: timed out");
            }
            return listings.poll();
        });

        assertThat(gate.check()).isFalse();
        assertThat(gate.check()).isTrue();
    }

    @Test
    void shouldOpenWhenToldEvenIfTopicsAreMissing() {
        InternalTopicsGate gate = new InternalTopicsGate(Set.of("app-a-changelog"), Set::of);

        gate.open();

        assertThat(gate.opened()).isCompleted();
        assertThat(gate.check()).isTrue();
    }

    @Test
    void shouldBeOpenAtOnceForATopologyWithoutInternalTopics() {
        assertThat(new InternalTopicsGate(Set.of(), () -> {
            throw new AssertionError("no need to ask the broker");
        }).opened()).isCompleted();
    }

    @Test
    void shouldStopWhoeverWaitsWhenTheStartIsAbandoned() {
        InternalTopicsGate gate = new InternalTopicsGate(Set.of("app-a-changelog"), Set::of);

        gate.cancel();

        assertThatThrownBy(() -> gate.opened().join()).isInstanceOf(CancellationException.class);
    }
}
