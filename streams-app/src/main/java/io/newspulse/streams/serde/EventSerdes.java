package io.newspulse.streams.serde;

import java.util.Map;

import io.newspulse.avro.Alert;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.Company;
import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.DuplicateEvent;
import io.newspulse.avro.Mention;
import io.newspulse.serde.SpecificAvroSerde;
import org.apache.avro.specific.SpecificRecord;

/** The Avro serdes of the public topics, all configured against the same schema registry. */
public final class EventSerdes {
    private final SpecificAvroSerde<ArticleEvent> articles;
    private final SpecificAvroSerde<Company> companies;
    private final SpecificAvroSerde<Mention> mentions;
    private final SpecificAvroSerde<DuplicateEvent> duplicates;
    private final SpecificAvroSerde<CompanySignal> signals;
    private final SpecificAvroSerde<Alert> alerts;

    /** @param serdeConfig {@code schema.registry.url} and the other Confluent serde keys */
    public EventSerdes(Map<String, ?> serdeConfig) {
        articles = value(serdeConfig);
        companies = value(serdeConfig);
        mentions = value(serdeConfig);
        duplicates = value(serdeConfig);
        signals = value(serdeConfig);
        alerts = value(serdeConfig);
    }

    private static <T extends SpecificRecord> SpecificAvroSerde<T> value(Map<String, ?> config) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
        serde.configure(config, false);
        return serde;
    }

    public SpecificAvroSerde<ArticleEvent> articles() {
        return articles;
    }

    public SpecificAvroSerde<Company> companies() {
        return companies;
    }

    public SpecificAvroSerde<Mention> mentions() {
        return mentions;
    }

    public SpecificAvroSerde<DuplicateEvent> duplicates() {
        return duplicates;
    }

    public SpecificAvroSerde<CompanySignal> signals() {
        return signals;
    }

    public SpecificAvroSerde<Alert> alerts() {
        return alerts;
    }
}
