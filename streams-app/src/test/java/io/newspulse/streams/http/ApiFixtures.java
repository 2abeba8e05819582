package io.newspulse.streams.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.core.json.Json;
import io.newspulse.serde.SpecificAvroSerde;
import io.newspulse.stack.LocalStack;
import io.newspulse.stack.StackConfig;
import io.newspulse.streams.app.NewsStreamsApp;
import io.newspulse.streams.config.StreamsAppConfig;
import io.newspulse.streams.metrics.PipelineMetrics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Shared set-up of the HTTP ITs: embedded stack, app instances, a producer of Avro records, an HTTP client. */
public final class ApiFixtures {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiFixtures() {
    }

    public static LocalStack stack(Path dir) {
        return new LocalStack(new StackConfig(Map.of("stack.kafka.port", 0, "stack.registry.port", 0,
                CommonConfig.DATA_DIR, dir.resolve("stack").toString()))).start();
    }

    /** A started app with its own state dir and a Prometheus registry, HTTP on a free port. */
    static NewsStreamsApp app(LocalStack stack, Path dataDir, String applicationId) throws InterruptedException {
        return app(stack, dataDir, applicationId, new PipelineMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
    }

    /** Like {@link #app(LocalStack, Path, String)}, counting into the given metrics. */
    public static NewsStreamsApp app(LocalStack stack, Path dataDir, String applicationId, PipelineMetrics metrics)
            throws InterruptedException {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers());
        props.put(CommonConfig.SCHEMA_REGISTRY_URL, stack.registryUrl());
        props.put(CommonConfig.DATA_DIR, dataDir.toString());
        props.put(StreamsAppConfig.APPLICATION_ID, applicationId);
        props.put(StreamsAppConfig.HTTP_PORT, 0);
        props.put(StreamsAppConfig.PER_COMPANY_TOPICS, "watchlist");
        props.put(StreamsAppConfig.WATCHLIST, "microsoft");
        props.put(StreamsAppConfig.WINDOWS, "1m,1h");
        props.put("commit.interval.ms", 200);
        return new NewsStreamsApp(new StreamsAppConfig(props), metrics).start(Duration.ofMinutes(2));
    }

    public static <T extends SpecificRecord> KafkaProducer<String, T> producer(LocalStack stack) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
        serde.configure(Map.of(CommonConfig.SCHEMA_REGISTRY_URL, stack.registryUrl()), false);
        return new KafkaProducer<>(props, new StringSerializer(), serde.serializer());
    }

    public static void publish(KafkaProducer<String, ArticleEvent> producer, String topic, ArticleEvent... articles) {
        for (ArticleEvent a : articles) {
            producer.send(new ProducerRecord<>(topic, a.getId().toString(), a));
        }
        producer.flush();
    }

    public static ArticleEvent article(String id, String title, String body, String language, Instant at) {
        return ArticleEvent.newBuilder()
                .setId(id).setSource("it-" + id).setUrl(null).setTitle(title).setBody(body).setLanguage(language)
                .setPublishedAt(at).setIngestedAt(Instant.now())
                .setContentHash(Integer.toHexString((title + body).hashCode()))
                .setAttributes(Map.of()).build();
    }

    /** Stories that share no sentence, so that dedup keeps each one as an original. */
    static final String[] STORIES = {
        "%s said on Tuesday it would raise its quarterly dividend by ten percent, citing strong cloud demand and record cash flow from its data centre business.",
        "%s will cut about two thousand jobs in its gaming division after a long review, according to an internal memo seen by several reporters this week.",
        "Regulators in Brussels opened an antitrust inquiry into how %s bundles its chat software with office subscriptions sold to large companies.",
        "%s unveiled a custom chip for artificial intelligence workloads at its developer conference, promising lower prices for training large models.",
        "Shares of %s fell sharply in after-hours trading as quarterly revenue from hardware missed analyst forecasts by a wide margin.",
        "A new partnership between %s and a European carmaker brings voice assistants and cloud mapping to millions of vehicles next spring.",
        "%s agreed to pay a settlement to end a long patent dispute over video compression technology used in its streaming products.",
        "The chief executive of %s told investors that spending on new data centres will double next year to meet demand for machine learning.",
    };

    public static String story(int i, String company) {
        return String.format(STORIES[i % STORIES.length], company) + " Reported by desk " + i + ".";
    }

    static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** GET that must answer 200 with JSON. */
    static JsonNode getJson(String url) {
        HttpResponse<String> r = get(url);
        if (r.statusCode() != 200) {
            throw new AssertionError(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return json(r);
    }
}
