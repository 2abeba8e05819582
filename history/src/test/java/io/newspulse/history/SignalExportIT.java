package io.newspulse.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.newspulse.avro.CoMention;
import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.CorporateEvent;
import io.newspulse.avro.EventCount;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.serde.SpecificAvroSerde;
import io.newspulse.stack.LocalStack;
import io.newspulse.stack.StackConfig;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} end to end: signals on the embedded stack's {@code company.signals.final} go through
 * {@link SignalExport} (the code of the command) to CSV, JSON Lines and Parquet, and each file, read back with a
 * reader of its format (Jackson CSV, Jackson JSON, parquet-java's Avro reader; pandas is not installed here, and
 * pandas reads the same three formats), holds every field of every record of the topic with the same value.
 */
class SignalExportIT {
    private static final Instant DAY1 = Instant.parse("2005-03-01T00:00:00Z");
    private static final Instant DAY2 = Instant.parse("2005-03-02T00:00:00Z");
    private static final Schema SCHEMA = CompanySignal.getClassSchema();

    @TempDir
    static Path dir;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = new LocalStack(new StackConfig(Map.of("stack.kafka.port", 0, "stack.registry.port", 0,
                CommonConfig.DATA_DIR, dir.resolve("stack").toString()))).start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldExportEveryFieldOfEveryTopicRecordToCsvJsonLinesAndParquetThatReadBackToTheSameValues() throws Exception {
        Topics topics = stack.topics();
        Map<String, Object> settings = Map.of(CommonConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers(),
                CommonConfig.SCHEMA_REGISTRY_URL, stack.registryUrl());
        publish(settings, topics.signalsFinal(), List.of(
                withDetails(Signals.signal("apple", "1d", DAY1, 4, DAY2.plusSeconds(60), true), 0.25, CorporateEvent.earnings, 3),
                withDetails(Signals.signal("sony", "1d", DAY1, 2, DAY2.plusSeconds(60), true), -0.5, CorporateEvent.recall_safety, 1),
                withDetails(Signals.signal("sony", "1h", DAY1.plusSeconds(3600), 1, DAY1.plusSeconds(7260), true), 0.0, CorporateEvent.other, 1),
                withDetails(Signals.signal("toyota", "1d", DAY2, 7, DAY2.plusSeconds(86_460), true), 0.125, CorporateEvent.product, 2)));

        SignalQuery everything = new SignalQuery(Set.of(), null, null, null, null);
        List<CompanySignal> onTopic = everything.select(SignalReader.readAll(settings, topics.signalsFinal()));
        assertThat(onTopic).hasSize(4);
        List<Map<String, Object>> expected = onTopic.stream().map(SignalExportIT::canonical).toList();

        Path csv = dir.resolve("signals.csv");
        assertThat(SignalExport.export(settings, topics, SignalExport.Source.FINAL, everything, ExportFormat.CSV, csv)).isEqualTo(4);
        assertThat(readCsv(csv)).isEqualTo(expected);

        Path jsonl = dir.resolve("signals.jsonl");
        assertThat(SignalExport.export(settings, topics, SignalExport.Source.FINAL, everything, ExportFormat.JSONL, jsonl)).isEqualTo(4);
        assertThat(readJsonLines(jsonl)).isEqualTo(expected);

        Path parquet = dir.resolve("signals.parquet");
        assertThat(SignalExport.export(settings, topics, SignalExport.Source.FINAL, everything, ExportFormat.PARQUET, parquet)).isEqualTo(4);
        assertThat(readParquet(parquet)).isEqualTo(expected);
    }

    private static CompanySignal withDetails(CompanySignal s, double sentiment, CorporateEvent event, long eventArticles) {
        s.setSentiment(sentiment);
        s.setPositiveMentions(sentiment > 0 ? 2 : 0);
        s.setNegativeMentions(sentiment < 0 ? 2 : 0);
        s.setNeutralMentions(1);
        s.setEventCounts(List.of(new EventCount(event, eventArticles)));
        s.setSentimentShockScore(sentiment * 4);
        s.setTopCoMentions(List.of(new CoMention("nvidia", 3L)));
        return s;
    }

    private static void publish(Map<String, Object> settings, String topic, List<CompanySignal> signals) throws Exception {
        SpecificAvroSerde<CompanySignal> serde = SpecificAvroSerde.forClass(CompanySignal.class,
                Map.of(CommonConfig.SCHEMA_REGISTRY_URL, settings.get(CommonConfig.SCHEMA_REGISTRY_URL).toString()), false);
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.get(CommonConfig.BOOTSTRAP_SERVERS).toString());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, CompanySignal> producer = new KafkaProducer<>(props, new StringSerializer(), serde.serializer())) {
            for (CompanySignal s : signals) {
                producer.send(new ProducerRecord<>(topic, s.getCompanyId(), s)).get();
            }
        }
    }

    /** A record of the topic as plain values, field by field of the schema. */
    private static Map<String, Object> canonical(CompanySignal s) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Schema.Field f : SCHEMA.getFields()) {
            row.put(f.name(), canon(f.schema(), s.get(f.pos())));
        }
        return row;
    }

    private static List<Map<String, Object>> readCsv(Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            while (it.hasNext()) {
                Map<String, String> raw = it.next();
                assertThat(List.copyOf(raw.keySet())).isEqualTo(SignalRows.columns());
                Map<String, Object> row = new LinkedHashMap<>();
                for (Schema.Field f : SCHEMA.getFields()) {
                    String cell = raw.get(f.name());
                    Object value = f.schema().getType() == Schema.Type.ARRAY ? new ObjectMapper().readTree(cell) : cell;
                    row.put(f.name(), canon(f.schema(), value));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> readJsonLines(Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode node = json.readTree(line);
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            assertThat(names).isEqualTo(SignalRows.columns());
            rows.add(fromJson(SCHEMA, node));
        }
        return rows;
    }

    private static List<Map<String, Object>> readParquet(Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(new LocalInputFile(file), new PlainParquetConfiguration())
                .withDataModel(GenericData.get()).build()) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (Schema.Field f : SCHEMA.getFields()) {
                    row.put(f.name(), canon(f.schema(), r.get(f.name())));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<String, Object> fromJson(Schema record, JsonNode node) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Schema.Field f : record.getFields()) {
            row.put(f.name(), canon(f.schema(), node.get(f.name())));
        }
        return row;
    }

    /**
     * One value as a plain Java value of its schema type, whatever form a format gave it (Avro object, Parquet's
     * generic record, JSON node, CSV text): times as {@link Instant}, integers as Long, decimals as Double, records as
     * maps, arrays as lists.
     */
    private static Object canon(Schema schema, Object raw) {
        switch (schema.getType()) {
            case STRING, ENUM:
                return text(raw);
            case BOOLEAN:
                return Boolean.parseBoolean(text(raw));
            case INT, LONG:
                if (schema.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
                    if (raw instanceof Instant t) {
                        return t;
                    }
                    if (raw instanceof Number n) {
                        return Instant.ofEpochMilli(n.longValue());
                    }
                    return Instant.parse(text(raw));
                }
                return Long.parseLong(text(raw));
            case DOUBLE, FLOAT:
                return Double.parseDouble(text(raw));
            case ARRAY: {
                List<Object> out = new ArrayList<>();
                Iterator<?> items = raw instanceof JsonNode n ? n.elements() : ((List<?>) raw).iterator();
                items.forEachRemaining(item -> out.add(canon(schema.getElementType(), item)));
                return out;
            }
            case RECORD: {
                if (raw instanceof JsonNode n) {
                    return fromJson(schema, n);
                }
                IndexedRecord r = (IndexedRecord) raw;
                Map<String, Object> m = new LinkedHashMap<>();
                for (Schema.Field f : schema.getFields()) {
                    m.put(f.name(), canon(f.schema(), r.get(r.getSchema().getField(f.name()).pos())));
                }
                return m;
            }
            default:
                throw new IllegalArgumentException("no canonical form for " + schema);
        }
    }

    private static String text(Object raw) {
        return raw instanceof JsonNode n ? n.asText() : String.valueOf(raw);
    }
}
