package io.newspulse.streams.serde;

import java.util.Map;

import io.newspulse.avro.Alert;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.avro.Company;
import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.DuplicateEvent;
import io.newspulse.avro.Mention;
import io.newspulse.registry.client.SchemaRegistryClient;
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
        this(serdeConfig, null);
    }

    /** @param client registry client shared by every serde, or null for one per serde from {@code serdeConfig} */
    public EventSerdes(Map<String, ?> serdeConfig, SchemaRegistryClient client) {
        articles = value(serdeConfig, client);
        companies = value(serdeConfig, client);
        mentions = value(serdeConfig, client);
        duplicates = value(serdeConfig, client);
        signals = value(serdeConfig, client);
        alerts = value(serdeConfig, client);
    }

    private static <T extends SpecificRecord> SpecificAvroSerde<T> value(Map<String, ?> config, SchemaRegistryClient client) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(client, null);
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
