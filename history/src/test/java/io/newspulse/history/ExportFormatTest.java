package io.newspulse.history;

import static io.newspulse.history.Signals.signal;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.newspulse.avro.CompanySignal;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFormatTest {
    private static final Instant DAY1 = Instant.parse("2005-03-01T00:00:00Z");
    private static final List<CompanySignal> SIGNALS = List.of(
            signal("apple", "1d", DAY1, 4, Instant.parse("2005-03-02T00:01:00Z"), true),
            signal("sony", "1d", DAY1, 2, Instant.parse("2005-03-02T00:01:00Z"), true));

    @TempDir
    Path dir;

    @Test
    void shouldWriteCsvWithAHeaderAndOneRowPerSignal() throws IOException {
        Path out = dir.resolve("s.csv");
        ExportFormat.CSV.write(SIGNALS, out);

        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(Files.newBufferedReader(out, StandardCharsets.UTF_8))) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(2);
        Map<String, String> apple = rows.get(0);
        assertThat(apple.keySet()).containsAll(List.of("company_id", "window_start", "window_end", "computed_at", "article_count", "closed"));
        assertThat(apple).containsEntry("company_id", "apple").containsEntry("window", "1d")
                .containsEntry("window_start", "2005-03-01T00:00:00Z").containsEntry("window_end", "2005-03-02T00:00:00Z")
                .containsEntry("computed_at", "2005-03-02T00:01:00Z").containsEntry("article_count", "4")
                .containsEntry("relevance_weighted_volume", "3.0").containsEntry("closed", "true");
        JsonNode co = new ObjectMapper().readTree(apple.get("top_co_mentions"));
        assertThat(co.get(0).path("company_id").asText()).isEqualTo("toyota");
        assertThat(co.get(0).path("count").asLong()).isEqualTo(2);
    }

    @Test
    void shouldWriteOneJsonObjectPerLineWithNestedCoMentions() throws IOException {
        Path out = dir.resolve("s.jsonl");
        ExportFormat.JSONL.write(SIGNALS, out);

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode sony = new ObjectMapper().readTree(lines.get(1));
        assertThat(sony.path("company_id").asText()).isEqualTo("sony");
        assertThat(sony.path("article_count").asLong()).isEqualTo(2);
        assertThat(sony.path("window_start").asText()).isEqualTo("2005-03-01T00:00:00Z");
        assertThat(sony.path("top_co_mentions").get(1).path("company_id").asText()).isEqualTo("sony");
    }

    @Test
    void shouldWriteParquetThatParquetsOwnReaderReadsBackWithTimestampsAndNestedFields() throws IOException {
        Path out = dir.resolve("s.parquet");
        ExportFormat.PARQUET.write(SIGNALS, out);

        List<GenericRecord> back = new ArrayList<>();
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(new LocalInputFile(out), new PlainParquetConfiguration())
                .withDataModel(GenericData.get()).build()) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                back.add(r);
            }
        }
        assertThat(back).hasSize(2);
        GenericRecord apple = back.get(0);
        assertThat(apple.get("company_id").toString()).isEqualTo("apple");
        assertThat(apple.get("article_count")).isEqualTo(4L);
        assertThat(apple.get("window_start")).isEqualTo(DAY1.toEpochMilli());
        assertThat(apple.get("computed_at")).isEqualTo(Instant.parse("2005-03-02T00:01:00Z").toEpochMilli());
        assertThat(apple.get("closed")).isEqualTo(true);
        assertThat(apple.getSchema().getField("window_start").schema().getLogicalType().getName()).isEqualTo("timestamp-millis");
        @SuppressWarnings("unchecked")
        List<GenericRecord> co = (List<GenericRecord>) apple.get("top_co_mentions");
        assertThat(co.get(0).get("company_id").toString()).isEqualTo("toyota");
    }
}
