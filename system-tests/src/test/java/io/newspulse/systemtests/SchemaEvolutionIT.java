package io.newspulse.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.Mention;
import io.newspulse.registry.client.RestClientException;
import io.newspulse.registry.client.SchemaRegistryClient;
import io.newspulse.registry.client.SchemaRegistryClients;
import io.newspulse.serde.WireAvroSerializer;
import io.newspulse.testsupport.GroundTruth;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 11 (5): a producer on an older ArticleEvent schema (no {@code attributes}) and one on the current schema
 * write to news.articles while the topology runs; both are read; an incompatible schema is refused with 409.
 */
class SchemaEvolutionIT extends PipelineTestBase {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaEvolutionIT.class);
    private static final String SUBJECT = "news.articles-value";


    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void shouldReadArticlesOfTheOlderAndTheCurrentSchemaAndRefuseAnIncompatibleOne() throws Exception {
        Schema older;
        try (InputStream in = getClass().getResourceAsStream("/ArticleEvent-v1.avsc")) {
            older = new Schema.Parser().parse(in);
        }
        assertThat(older.getField("attributes")).isNull();
        GroundTruth current = pipeline.generatedRun().publish(42, Instant.parse("2026-07-01T10:00:00Z"), 200, "truth.jsonl");

        Set<String> olderIds = new HashSet<>();
        try (WireAvroSerializer serializer = new WireAvroSerializer();
             KafkaProducer<String, byte[]> producer = WireRecords.producer(pipeline.stack().bootstrapServers(), 1024 * 1024)) {
            serializer.configure(Map.of("schema.registry.url", pipeline.stack().registryUrl(), "auto.register.schemas", true), false);
            for (int i = 0; i < 50; i++) {
                String id = "older-schema-" + i;
                GenericRecord r = new GenericData.Record(older);
                r.put("id", id);
                r.put("source", "legacy-feed");
                r.put("url", "https://legacy.example/" + id);
                r.put("title", "Toyota and Sony news " + i);
                r.put("body", "Toyota and Sony announced a joint project number " + i + " on Monday, people familiar said.");
                r.put("language", "en");
                r.put("published_at", Instant.parse("2026-07-01T12:00:00Z").plusSeconds(i).toEpochMilli());
                r.put("ingested_at", System.currentTimeMillis());
                r.put("content_hash", "legacy-" + i);
                WireRecords.send(producer, pipeline.stack().topics().articles(), id, serializer.serialize(pipeline.stack().topics().articles(), r));
                olderIds.add(id);
            }
        }
        try (SchemaRegistryClient client = SchemaRegistryClients.create(Map.of("schema.registry.url", pipeline.stack().registryUrl()))) {
            assertThat(client.getAllVersions(SUBJECT)).hasSize(2);
            Schema incompatible = bodyAsInt();
            assertThat(incompatible.getField("body").schema().getType()).isEqualTo(Schema.Type.INT);
            Throwable refused = catchThrowable(() -> client.register(SUBJECT, incompatible));
            LOG.info("Incompatible schema: {}", String.valueOf(refused));
            assertThat(refused).isInstanceOf(RestClientException.class);
            assertThat(((RestClientException) refused).status()).isEqualTo(409);
            assertThat(client.getAllVersions(SUBJECT)).hasSize(2);
        }

        Set<String> currentWithCompanies = current.articles().stream().filter(a -> !a.companies().isEmpty())
                .map(GroundTruth.Article::id).collect(Collectors.toSet());
        Awaitility.await("mentions of both producers' articles").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    Set<String> mentioned = mentionedArticles();
                    return mentioned.containsAll(olderIds) && mentioned.containsAll(currentWithCompanies);
                });
        assertThat(pipeline.metrics().deadLetters()).isZero();
    }

    /** The current ArticleEvent with {@code body} turned into an int: old data cannot be read with it. */
    private static Schema bodyAsInt() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(ArticleEvent.getClassSchema().toString());
        for (var field : root.withArray("fields")) {
            if ("body".equals(field.get("name").asText())) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) field).put("type", "int");
            }
        }
        return new Schema.Parser().parse(mapper.writeValueAsString(root));
    }

    private Set<String> mentionedArticles() {
        var deserializer = pipeline.serdes().mentions().deserializer();
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, byte[]> r : WireRecords.readAll(pipeline.stack().bootstrapServers(), pipeline.stack().topics().mentions())) {
            Mention m = deserializer.deserialize(r.topic(), r.value());
            ids.add(m.getArticleId());
        }
        return ids;
    }
}
