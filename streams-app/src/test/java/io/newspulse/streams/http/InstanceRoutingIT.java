package io.newspulse.streams.http;

import static io.newspulse.streams.http.ApiFixtures.article;
import static io.newspulse.streams.http.ApiFixtures.get;
import static io.newspulse.streams.http.ApiFixtures.json;
import static io.newspulse.streams.http.ApiFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.stack.LocalStack;
import io.newspulse.streams.app.NewsStreamsApp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the application (same application id, 3 partitions): each company lives on one of them, yet
 * either instance answers every query the same, by forwarding per-company queries and merging the others.
 */
class InstanceRoutingIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** Companies whose keys spread over the 3 partitions of the mentions topic. */
    private static final Map<String, String> COMPANIES = Map.of(
            "microsoft", "Microsoft", "nvidia", "Nvidia", "intel", "Intel", "qualcomm", "Qualcomm", "tesla", "Tesla", "salesforce", "Salesforce");

    @TempDir
    static Path dir;
    private static LocalStack stack;
    private static NewsStreamsApp first;
    private static NewsStreamsApp second;

    @BeforeAll
    static void start() throws InterruptedException {
        stack = ApiFixtures.stack(dir);
        first = ApiFixtures.app(stack, dir.resolve("first"), "routing-it");
        second = ApiFixtures.app(stack, dir.resolve("second"), "routing-it");
        await().atMost(WAIT).until(() -> first.streams().state() == KafkaStreams.State.RUNNING
                && second.streams().state() == KafkaStreams.State.RUNNING
                && !first.streams().metadataForLocalThreads().iterator().next().activeTasks().isEmpty()
                && !second.streams().metadataForLocalThreads().iterator().next().activeTasks().isEmpty());
        Instant now = Instant.now();
        List<ArticleEvent> articles = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> c : new TreeMap<>(COMPANIES).entrySet()) {
            articles.add(article("r-" + c.getKey(), c.getValue() + " in the news", story(i++, c.getValue()), "en", now));
        }
        try (KafkaProducer<String, ArticleEvent> producer = ApiFixtures.producer(stack)) {
            ApiFixtures.publish(producer, stack.topics().articles(), articles.toArray(ArticleEvent[]::new));
        }
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldAnswerTheSameSeriesOnEitherInstanceByRoutingToTheOwner() {
        String path = "/api/companies/%s/signals?window=1h&from=" + Instant.now().minus(Duration.ofDays(1)).toEpochMilli();
        Set<String> owners = new HashSet<>();
        for (String company : COMPANIES.keySet()) {
            await().atMost(WAIT).untilAsserted(() -> {
                HttpResponse<String> viaFirst = get(first.httpUrl() + String.format(path, company));
                HttpResponse<String> viaSecond = get(second.httpUrl() + String.format(path, company));
                assertThat(viaFirst.statusCode()).as(viaFirst.body()).isEqualTo(200);
                assertThat(viaSecond.statusCode()).as(viaSecond.body()).isEqualTo(200);
                JsonNode a = json(viaFirst);
                JsonNode b = json(viaSecond);
                assertThat(a.path("points")).as(company).hasSize(1);
                assertThat(a.path("points").get(0).path("articleCount").asLong()).isEqualTo(1);
                assertThat(a.path("points")).isEqualTo(b.path("points"));
                String ownerSaidByFirst = viaFirst.headers().firstValue(ApiHandler.SERVED_BY).orElseThrow();
                String ownerSaidBySecond = viaSecond.headers().firstValue(ApiHandler.SERVED_BY).orElseThrow();
                assertThat(ownerSaidByFirst).isEqualTo(ownerSaidBySecond);
                owners.add(ownerSaidByFirst);
            });
        }
        // Both instances own some of the companies: half the answers above were forwarded.
        assertThat(owners).containsExactlyInAnyOrder(host(first), host(second));
    }

    @Test
    void shouldMergeTopCompaniesAndArticlesFromBothInstances() {
        await().atMost(WAIT).untilAsserted(() -> {
            for (NewsStreamsApp app : List.of(first, second)) {
                JsonNode top = json(get(app.httpUrl() + "/api/top?window=1h&limit=50"));
                Set<String> ids = new HashSet<>();
                top.forEach(e -> ids.add(e.path("companyId").asText()));
                assertThat(ids).containsAll(COMPANIES.keySet());
                JsonNode articles = json(get(app.httpUrl() + "/api/articles?limit=50"));
                Set<String> articleIds = new HashSet<>();
                articles.forEach(e -> articleIds.add(e.path("articleId").asText()));
                assertThat(articleIds).contains("r-microsoft", "r-nvidia", "r-intel", "r-qualcomm", "r-tesla", "r-salesforce");
            }
        });
        JsonNode companiesViaFirst = json(get(first.httpUrl() + "/api/companies"));
        JsonNode companiesViaSecond = json(get(second.httpUrl() + "/api/companies"));
        assertThat(latestOf(companiesViaFirst)).isEqualTo(latestOf(companiesViaSecond)).containsKeys(COMPANIES.keySet().toArray(String[]::new));
    }

    private static Map<String, JsonNode> latestOf(JsonNode companies) {
        Map<String, JsonNode> result = new TreeMap<>();
        companies.forEach(c -> {
            if (c.path("latest").size() > 0) {
                result.put(c.path("id").asText(), c.path("latest").path("1h"));
            }
        });
        return result;
    }

    private static String host(NewsStreamsApp app) {
        return app.httpUrl().substring("http://".length());
    }
}
