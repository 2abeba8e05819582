package io.newspulse.streams.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.stack.LocalStack;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.signals.CompanyTopicRouter;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-company topics of a start against a broker (issue 23): made while Kafka Streams runs, a company's signals
 * routed only once its topic exists, missing topics created only once the gate opens, in batches; a topic the broker
 * refuses fails the step and releases every signal still waiting.
 */
class PerCompanyTopicsIT {
    @TempDir
    static Path dir;
    private static LocalStack stack;
    private static StackAndAdmin broker;
    private static Admin admin;

    @BeforeAll
    static void start() {
        broker = StackAndAdmin.start(dir.resolve("stack"));
        stack = broker.stack();
        admin = broker.admin();
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    private static PipelineBootstrap steps(String prefix, int replication, List<String> progress) {
        StreamsAppConfig config = new StreamsAppConfig(Map.of(CommonConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers(),
                CommonConfig.SCHEMA_REGISTRY_URL, stack.registryUrl(), CommonConfig.DATA_DIR, dir.resolve(prefix).toString(),
                CommonConfig.TOPIC_PREFIX, prefix, CommonConfig.TOPIC_REPLICATION_FACTOR, (short) replication));
        return new PipelineBootstrap(config, admin, progress::add);
    }

    private static Set<String> listed() throws Exception {
        return admin.listTopics().names().get();
    }

    @Test
    void shouldRouteExistingTopicsAtOnceAndCreateMissingOnesInBatchesOnlyOnceTheGateOpens() throws Exception {
        String prefix = "order.";
        admin.createTopics(List.of(new NewTopic(prefix + "signals.globex", 1, (short) 1))).all().get();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < PipelineBootstrap.TOPIC_BATCH + 5; i++) { // two requests
            missing.add(String.format("company-%03d", i));
        }
        CompanyTopicRouter router = CompanyTopicRouter.of(List.of());
        List<String> expected = new ArrayList<>(missing);
        expected.add("globex");
        router.expect(expected);
        CompletableFuture<Void> gate = new CompletableFuture<>();
        List<String> progress = new CopyOnWriteArrayList<>();

        CompletableFuture<Void> made = CompletableFuture.runAsync(() -> steps(prefix, 1, progress).createPerCompanyTopics(router, gate));
        CompletableFuture<Boolean> lastRouted = CompletableFuture.supplyAsync(() -> router.routes(missing.get(missing.size() - 1)));

        await().atMost(Duration.ofSeconds(30)).until(() -> !router.expected().contains("globex"));
        assertThat(router.routes("globex")).isTrue(); // its topic was there: routed without waiting for the gate
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> !lastRouted.isDone() && !made.isDone());
        assertThat(listed()).noneMatch(topic -> topic.startsWith(prefix + "signals.company-"));

        gate.complete(null);

        made.get();
        assertThat(lastRouted.get()).isTrue();
        assertThat(router.expected()).isEmpty();
        // acknowledged by the controller when routed; the broker lists them a moment later
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(listed())
                .filteredOn(topic -> topic.startsWith(prefix + "signals.company-")).hasSize(missing.size()));
        assertThat(progress).containsExactly("topics ready (" + expected.size() + " per-company signal topics)");
    }

    @Test
    void shouldFailAndReleaseWaitingSignalsWhenTheBrokerRefusesATopic() throws Exception {
        String prefix = "refused.";
        CompanyTopicRouter router = CompanyTopicRouter.of(List.of());
        router.expect(List.of("acme"));
        CompletableFuture<Boolean> routed = CompletableFuture.supplyAsync(() -> router.routes("acme"));
        List<String> progress = new CopyOnWriteArrayList<>();
        // two replicas asked of a single broker: refused
        PipelineBootstrap steps = steps(prefix, 2, progress);

        assertThatThrownBy(() -> steps.createPerCompanyTopics(router, CompletableFuture.completedFuture(null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(prefix + "signals.acme");

        assertThat(routed.get()).isFalse();
        assertThat(router.knows("acme")).isFalse();
        assertThat(listed()).doesNotContain(prefix + "signals.acme");
        assertThat(progress).isEmpty();
    }

    @Test
    void shouldReleaseWaitingSignalsWhenTheStartIsAbandonedBeforeTheGateOpens() throws Exception {
        String prefix = "abandoned.";
        CompanyTopicRouter router = CompanyTopicRouter.of(List.of());
        router.expect(List.of("acme"));
        CompletableFuture<Void> gate = new CompletableFuture<>();
        CompletableFuture<Void> made = CompletableFuture.runAsync(() -> steps(prefix, 1, new ArrayList<>()).createPerCompanyTopics(router, gate));
        CompletableFuture<Boolean> routed = CompletableFuture.supplyAsync(() -> router.routes("acme"));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !routed.isDone());

        gate.cancel(false);

        assertThat(routed.get()).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(made::isCompletedExceptionally);
        assertThat(listed()).doesNotContain(prefix + "signals.acme");
    }
}
