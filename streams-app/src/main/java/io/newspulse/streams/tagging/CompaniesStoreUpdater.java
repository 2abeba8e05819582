package io.newspulse.streams.tagging;

import io.newspulse.avro.Company;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Global-store processor of the {@code companies} topic: applies upserts, deletes and tombstones, then tells the catalog. */
public final class CompaniesStoreUpdater implements Processor<String, Company, Void, Void> {
    private final String storeName;
    private final CompanyCatalog catalog;
    private KeyValueStore<String, Company> store;

    public CompaniesStoreUpdater(String storeName, CompanyCatalog catalog) {
        this.storeName = storeName;
        this.catalog = catalog;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Company> record) {
        Company company = record.value();
        if (record.key() == null) {
            return;
        }
        if (company == null || company.getDeleted()) {
            store.delete(record.key());
        } else {
            store.put(record.key(), company);
        }
        catalog.changed(company);
    }
}
