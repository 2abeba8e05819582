package io.newspulse.streams.http;

import static io.newspulse.streams.http.ApiFixtures.article;
import static io.newspulse.streams.http.ApiFixtures.get;
import static io.newspulse.streams.http.ApiFixtures.getJson;
import static io.newspulse.streams.http.ApiFixtures.json;
import static io.newspulse.streams.http.ApiFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.avro.Alert;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.stack.LocalStack;
import io.newspulse.streams.app.NewsStreamsApp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the query API against one running app on the embedded stack. */
class HttpApiIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOYOTA_TITLE = "トヨタ自動車、全固体電池の量産を前倒し";

    @TempDir
    static Path dir;
    private static LocalStack stack;
    private static NewsStreamsApp app;
    private static KafkaProducer<String, ArticleEvent> articles;
    private static String base;
    private static Instant now;

    @BeforeAll
    static void start() throws InterruptedException {
        stack = ApiFixtures.stack(dir);
        app = ApiFixtures.app(stack, dir.resolve("app"), "http-api-it");
        base = app.httpUrl();
        articles = ApiFixtures.producer(stack);
        now = Instant.now();
        String topic = stack.topics().articles();
        ApiFixtures.publish(articles, topic,
                article("ms-1", "Microsoft raises dividend", story(0, "Microsoft"), "en", now),
                article("ms-2", "Microsoft to cut gaming jobs", story(1, "Microsoft"), "en", now),
                article("ms-3", "EU looks at Microsoft bundling", story(2, "Microsoft"), "en", now),
                article("ms-3-again", "EU looks at Microsoft bundling", story(2, "Microsoft"), "en", now),
                article("toyota-1", TOYOTA_TITLE,
                        "トヨタ自動車は25日、次世代の全固体電池を搭載した電気自動車の量産を2027年に前倒しすると発表した。"
                                + "トヨタは愛知県の工場に専用ラインを新設し、航続距離は従来の約二倍になるという。", "ja", now));
    }

    @AfterAll
    static void stop() {
        if (articles != null) {
            articles.close();
        }
        if (app != null) {
            app.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldAnswerHealthAndReadyWhileStreamsRun() {
        assertThat(get(base + "/health").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get(base + "/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready).path("streams").asText()).isEqualTo("RUNNING");
    }

    @Test
    void shouldServeTheSeriesOfACompanyFromPublishedArticles() {
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode series = getJson(base + "/api/companies/microsoft/signals?window=1m");
            assertThat(series.path("companyName").asText()).isEqualTo("Microsoft");
            long articlesInSeries = 0;
            for (JsonNode p : series.path("points")) {
                articlesInSeries += p.path("articleCount").asLong();
            }
            assertThat(articlesInSeries).isEqualTo(4);
        });
        JsonNode series = getJson(base + "/api/companies/microsoft/signals?window=1h&from="
                + now.minus(Duration.ofHours(2)) + "&to=" + now.toEpochMilli());
        assertThat(series.path("points")).hasSize(1);
        JsonNode point = series.path("points").get(0);
        assertThat(point.path("novelArticles").asLong()).isEqualTo(3);
        assertThat(point.path("repeatedArticles").asLong()).isEqualTo(1);
        assertThat(point.path("relevanceWeightedVolume").asDouble()).isPositive();

        JsonNode before = getJson(base + "/api/companies/microsoft/signals?window=1h&from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z");
        assertThat(before.path("points")).isEmpty();
    }

    @Test
    void shouldListCompaniesWithTheirLatestSignalAndRankTopMovers() {
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode top = getJson(base + "/api/top?window=1m&at=" + now.toEpochMilli());
            List<String> ids = new ArrayList<>();
            top.forEach(e -> ids.add(e.path("companyId").asText()));
            assertThat(ids).contains("microsoft", "toyota");
            JsonNode microsoft = top.get(ids.indexOf("microsoft"));
            assertThat(microsoft.path("articleCount").asLong()).isEqualTo(4);
            assertThat(microsoft.path("volume").asDouble()).isGreaterThan(top.get(ids.indexOf("toyota")).path("volume").asDouble());
            assertThat(ids.indexOf("microsoft")).isLessThan(ids.indexOf("toyota"));
        });
        JsonNode companies = getJson(base + "/api/companies");
        assertThat(companies.size()).isGreaterThan(100);
        JsonNode microsoft = null;
        JsonNode apple = null;
        for (JsonNode c : companies) {
            if (c.path("id").asText().equals("microsoft")) {
                microsoft = c;
            } else if (c.path("id").asText().equals("apple")) {
                apple = c;
            }
        }
        assertThat(microsoft).isNotNull();
        assertThat(microsoft.path("tickers").toString()).contains("NASDAQ:MSFT");
        assertThat(microsoft.path("latest").path("1m").path("articleCount").asLong()).isEqualTo(4);
        assertThat(microsoft.path("latest").path("1h").path("articleCount").asLong()).isEqualTo(4);
        assertThat(apple.path("latest").size()).isZero();
    }

    @Test
    void shouldReturnRecentArticlesWithJapaneseTitleSpansAndSnippets() {
        JsonNode list = await().atMost(WAIT).until(() -> {
            HttpResponse<String> r = get(base + "/api/articles?company=toyota");
            return r.statusCode() == 200 ? json(r) : null;
        }, l -> l != null && l.size() == 1);
        JsonNode a = list.get(0);
        assertThat(a.path("companyId").asText()).isEqualTo("toyota");
        String title = a.path("title").asText();
        assertThat(title).isEqualTo(TOYOTA_TITLE);
        assertThat(a.path("titleSpans")).isNotEmpty();
        JsonNode span = a.path("titleSpans").get(0);
        assertThat(title.substring(span.get(0).asInt(), span.get(1).asInt())).startsWith("トヨタ");
        assertThat(a.path("snippets")).isNotEmpty();
        assertThat(a.path("snippets").get(0).asText()).contains("トヨタ");

        // Articles of other companies may still be on their way through another stream thread.
        List<String> ids = await().atMost(WAIT).until(() -> {
            List<String> seen = new ArrayList<>();
            getJson(base + "/api/articles?limit=50").forEach(x -> seen.add(x.path("articleId").asText()));
            return seen;
        }, seen -> seen.containsAll(List.of("toyota-1", "ms-1", "ms-2")));
        assertThat(ids).contains("toyota-1", "ms-1", "ms-2");
    }

    @Test
    void shouldAnswerBadInputWithJsonErrorsAndNoStackTrace() {
        assertError(base + "/api/companies/microsoft/signals?window=7m", 400, "window");
        assertError(base + "/api/companies/microsoft/signals?window=1m&from=yesterday", 400, "from");
        assertError(base + "/api/companies/microsoft/signals?window=1m&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", 400, "after");
        assertError(base + "/api/top?window=1m&limit=0", 400, "limit");
        assertError(base + "/api/companies/no-such-company/signals?window=1m", 404, "no-such-company");
        assertError(base + "/api/articles?company=no-such-company", 404, "no-such-company");
        assertError(base + "/api/nothing-here", 404, "no such endpoint");
        assertError(base + "/no/such/page", 404, "no such page");
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(base + "/api/top")).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(json(post).path("error").asText()).contains("POST");
    }

    @Test
    void shouldReportStatsAndPrometheusMetrics() {
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode stats = getJson(base + "/api/stats");
            assertThat(stats.path("articlesIn").asLong()).isEqualTo(5);
            assertThat(stats.path("duplicatesByKind").path("exact").asLong()).isEqualTo(1);
            assertThat(stats.path("mentions").asLong()).isGreaterThanOrEqualTo(5);
            assertThat(stats.path("deadLetters").asLong()).isZero();
            assertThat(stats.path("signalLatencyMs").path("p95").isNumber()).isTrue();
        });
        HttpResponse<String> metrics = get(base + "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("newspulse_articles_in_total 5.0")
                .contains("newspulse_latency_signal_seconds_bucket")
                .contains("kafka_stream_");
    }

    @Test
    void shouldShowAlertsFromTheAlertsTopic() {
        Instant start = Instant.now().minusSeconds(60);
        Alert alert = Alert.newBuilder().setCompanyId("nintendo").setCompanyName("Nintendo").setWindow("1m")
                .setWindowStart(start).setWindowEnd(start.plusSeconds(60)).setSpikeScore(4.2).setThreshold(3.0)
                .setArticleCount(9).setBaselineMean(1.0).setBaselineStddev(1.0).setRaisedAt(Instant.now())
                .setMessage("任天堂: 9 articles in 1m window").build();
        try (KafkaProducer<String, Alert> producer = ApiFixtures.producer(stack)) {
            producer.send(new ProducerRecord<>(stack.topics().alerts(), "nintendo", alert));
        }
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode alerts = getJson(base + "/api/alerts?company=nintendo");
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).path("spikeScore").asDouble()).isEqualTo(4.2);
            assertThat(alerts.get(0).path("message").asText()).isEqualTo("任天堂: 9 articles in 1m window");
            assertThat(alerts.get(0).path("reason").asText()).isEqualTo("volume_spike"); // the schema default
        });
        // Microsoft's few articles raise no volume spike (an article reporting a probe may raise an event alert)
        List<String> microsoftReasons = new java.util.ArrayList<>();
        getJson(base + "/api/alerts?company=microsoft").forEach(a -> microsoftReasons.add(a.path("reason").asText()));
        assertThat(microsoftReasons).doesNotContain("volume_spike", "sentiment_shock");
    }

    @Test
    void shouldStreamStatsAndTopCompaniesAsServerSentEvents() throws Exception {
        HttpResponse<Stream<String>> response = ApiFixtures.HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/stream")).GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Queue<String> lines = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (RuntimeException e) {
                // closed by the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(WAIT).untilAsserted(() -> {
                List<String> seen = List.copyOf(lines);
                assertThat(seen).contains("event: stats", "event: top");
                assertThat(seen).anySatisfy(l -> assertThat(l).startsWith("data: ").contains("\"items\":[").contains("\"companyId\":\"microsoft\""));
            });
        } finally {
            reader.interrupt();
            response.body().close();
        }
    }

    @Test
    void shouldServeTheOpenApiDocumentAndTheDashboard() {
        JsonNode api = getJson(base + "/openapi.json");
        assertThat(api.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        api.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/companies", "/api/companies/{id}/signals", "/api/top", "/api/alerts", "/api/articles",
                "/api/stats", "/api/stream", "/metrics", "/health", "/ready");
        HttpResponse<String> page = get(base + "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("id=\"top-list\"").contains("/assets/app.js");
        for (String asset : List.of("/assets/app.js", "/assets/chart.js", "/assets/style.css")) {
            assertThat(get(base + asset).statusCode()).as(asset).isEqualTo(200);
        }
        assertThat(get(base + "/assets/../../../etc/passwd").statusCode()).isEqualTo(404);
    }

    private static void assertError(String url, int status, String messagePart) {
        HttpResponse<String> r = get(url);
        assertThat(r.statusCode()).as(url).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = json(r);
        assertThat(body.path("error").asText()).as(url).containsIgnoringCase(messagePart);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return ApiFixtures.HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
