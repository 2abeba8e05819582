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
import org.apache.kafka.common.serialization.Serde;

/** The Avro serdes of the public topics, all configured against the same schema registry. */
public final class EventSerdes {
    private final Serde<ArticleEvent> articles;
    private final Serde<Company> companies;
    private final Serde<Mention> mentions;
    private final Serde<DuplicateEvent> duplicates;
    private final Serde<CompanySignal> signals;
    private final Serde<Alert> alerts;

    /** @param serdeConfig {@code schema.registry.url} and the other Confluent serde keys */
    public EventSerdes(Map<String, ?> serdeConfig) {
        articles = value(serdeConfig);
        companies = value(serdeConfig);
        mentions = value(serdeConfig);
        duplicates = value(serdeConfig);
        signals = value(serdeConfig);
        alerts = value(serdeConfig);
    }

    private static <T extends SpecificRecord> Serde<T> value(Map<String, ?> config) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
        serde.configure(config, false);
        return serde;
    }

    public Serde<ArticleEvent> articles() {
        return articles;
    }

    public Serde<Company> companies() {
        return companies;
    }

    public Serde<Mention> mentions() {
        return mentions;
    }

    public Serde<DuplicateEvent> duplicates() {
        return duplicates;
    }

    public Serde<CompanySignal> signals() {
        return signals;
    }

    public Serde<Alert> alerts() {
        return alerts;
    }
}
