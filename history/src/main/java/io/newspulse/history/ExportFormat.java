package io.newspulse.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.newspulse.avro.CompanySignal;
import org.apache.avro.specific.SpecificData;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;

/**
 * The export file formats. CSV (Jackson CSV; header row; nested values such as top co-mentions as JSON text), JSON
 * Lines (one object per signal) and Parquet (parquet-avro with the {@link CompanySignal} schema itself, so nested
 * fields stay nested and times are timestamps; written through parquet's local-file API, uncompressed, with no Hadoop
 * at run time: parquet's compression codecs are Hadoop classes).
 */
public enum ExportFormat {
    CSV {
        @Override
        public void write(List<CompanySignal> signals, Path out) throws IOException {
            CsvMapper csv = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            SignalRows.columns().forEach(schema::addColumn);
            ObjectMapper json = new ObjectMapper();
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 SequenceWriter rows = csv.writer(schema.build()).writeValues(w)) {
                for (CompanySignal s : signals) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (Map.Entry<String, Object> e : SignalRows.row(s).entrySet()) {
                        Object v = e.getValue();
                        row.put(e.getKey(), v instanceof Map || v instanceof List ? json.writeValueAsString(v) : v);
                    }
                    rows.write(row);
                }
            }
        }
    },
    JSONL {
        @Override
        public void write(List<CompanySignal> signals, Path out) throws IOException {
            ObjectMapper json = new ObjectMapper();
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (CompanySignal s : signals) {
                    w.write(json.writeValueAsString(SignalRows.row(s)));
                    w.write('\n');
                }
            }
        }
    },
    PARQUET {
        @Override
        public void write(List<CompanySignal> signals, Path out) throws IOException {
            try (ParquetWriter<CompanySignal> w = AvroParquetWriter.<CompanySignal>builder(new LocalOutputFile(out))
                    .withSchema(CompanySignal.getClassSchema())
                    .withDataModel(SpecificData.getForClass(CompanySignal.class))
                    .withConf(new PlainParquetConfiguration())
                    .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .build()) {
                for (CompanySignal s : new ArrayList<>(signals)) {
                    w.write(s);
                }
            }
        }
    };

    /** Writes the signals to {@code out} (replacing it). */
    public abstract void write(List<CompanySignal> signals, Path out) throws IOException;
}
