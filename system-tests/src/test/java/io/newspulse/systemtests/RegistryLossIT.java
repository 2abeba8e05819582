package io.newspulse.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspulse.producer.generate.BuiltInCompanies;
import io.newspulse.producer.generate.SyntheticArticleGenerator;
import io.newspulse.producer.publish.ArticlePublisher;
import io.newspulse.registry.client.SchemaRegistryClient;
import io.newspulse.registry.client.SchemaRegistryClients;
import io.newspulse.registry.client.SchemaRegistryUnavailableException;
import io.newspulse.streams.serde.EventSerdes;
import io.newspulse.testsupport.ArticleCounts;
import io.newspulse.testsupport.CountComparison;
import io.newspulse.testsupport.GroundTruth;
import io.newspulse.testsupport.SignalCounts;
import io.newspulse.testsupport.WindowKey;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.common.errors.RetriableException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 11 (3): the registry stops mid-run. Producers and topology keep going on cached schemas, registering a
 * new schema fails with a retriable error, and after the restart the registry state rebuilt from _schemas equals
 * the state before and the counts equal the ground truth.
 */
class RegistryLossIT extends ClusterStackTestBase {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryLossIT.class);
    private static final int BATCH = 800;

    @BeforeEach
    void start() throws Exception {
        startApp(ClusterStack.single(), Map.of(), Duration.ofSeconds(90));
    }

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void shouldKeepProducingAndCountingOnCachedSchemasWhileTheRegistryIsDown() throws Exception {
        GeneratedRun run = new GeneratedRun(stack.bootstrapServers(), stack.registryUrl(), dir);
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(BuiltInCompanies.curated(),
                new SyntheticArticleGenerator.Options(42, Instant.parse("2026-06-01T10:00:00Z"), Duration.ofSeconds(1), List.of()));
        List<GroundTruth.Article> all = new ArrayList<>();
        try (ArticlePublisher publisher = new ArticlePublisher(run.producerConfig())) {
            all.addAll(run.publish(publisher, generator, BATCH, "truth-1.jsonl").articles());
            awaitRead(BATCH);
            Map<String, String> before = registryState(stack.registryUrl());
            LOG.info("Registry state before the outage: {} entries; stopping the registry", before.size());
            stack.stopRegistry();

            all.addAll(run.publish(publisher, generator, BATCH, "truth-2.jsonl").articles());
            try (SchemaRegistryClient client = SchemaRegistryClients.create(Map.of("schema.registry.url", stack.registryUrl()))) {
                Throwable failure = catchThrowable(() -> client.register("registry-loss-probe-value", probeSchema()));
                LOG.info("Registering a new schema while the registry is down: {}", String.valueOf(failure));
                assertThat(failure).isInstanceOf(SchemaRegistryUnavailableException.class).isInstanceOf(RetriableException.class);
            }
            awaitRead(2L * BATCH);
            LOG.info("Topology read {} articles with the registry down", (long) metrics.articles());

            stack.startRegistry();
            assertThat(registryState(stack.registryUrl())).isEqualTo(before);
            try (SchemaRegistryClient client = SchemaRegistryClients.create(Map.of("schema.registry.url", stack.registryUrl()))) {
                assertThat(client.register("registry-loss-probe-value", probeSchema())).isPositive();
            }
        }
        GroundTruth truth = new GroundTruth(all);
        Pipeline.awaitNoLag(stack.bootstrapServers(), applicationId, Duration.ofMinutes(8));
        Instant last = truth.lastPublished();
        run.advanceStreamTime(last.plus(Duration.ofDays(1)), Pipeline.PARTITIONS);
        Map<WindowKey, ArticleCounts> expected = truth.expectedCounts(Pipeline.WINDOWS, k -> k.start() <= last.toEpochMilli());
        SignalCounts actual = Pipeline.awaitFinalWindows(stack.bootstrapServers(), stack.topics().signalsFinal(),
                new EventSerdes(Map.of("schema.registry.url", stack.registryUrl())), expected.keySet(), Duration.ofMinutes(3));
        Map<WindowKey, ArticleCounts> counted = actual.counts(k -> k.start() <= last.toEpochMilli());
        LOG.info("Registry loss: {} articles, {} expected windows, {} counted, dead letters {}", truth.articles().size(),
                expected.size(), counted.size(), metrics.deadLetters());
        assertThat(CountComparison.differences(expected, counted)).isEmpty();
        assertThat(metrics.deadLetters()).isZero();
    }

    private void awaitRead(long articles) {
        Awaitility.await("topology read " + articles).atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                .until(() -> metrics.articles() >= articles);
    }

    private static Schema probeSchema() {
        return SchemaBuilder.record("RegistryLossProbe").namespace("io.newspulse.systemtests").fields().requiredString("note").endRecord();
    }

    /** Every subject's every version as the REST API shows it (id, version, schema), read without any cache. */
    static Map<String, String> registryState(String url) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper mapper = new ObjectMapper();
        Map<String, String> state = new TreeMap<>();
        for (JsonNode subject : mapper.readTree(get(http, url + "/subjects"))) {
            String s = subject.asText();
            for (JsonNode version : mapper.readTree(get(http, url + "/subjects/" + s + "/versions"))) {
                state.put(s + "/" + version.asInt(), get(http, url + "/subjects/" + s + "/versions/" + version.asInt()));
            }
        }
        return state;
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
