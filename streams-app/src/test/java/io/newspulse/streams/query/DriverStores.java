package io.newspulse.streams.query;

import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;

/** A test driver's stores as the interactive queries would give them (window stores without their timestamps). */
record DriverStores(TopologyTestDriver driver) implements LocalQueries.StoreSource {
    @Override
    @SuppressWarnings("unchecked")
    public <T> T store(String name, QueryableStoreType<T> type) {
        Object store = type instanceof QueryableStoreTypes.WindowStoreType<?, ?> ? driver.getWindowStore(name)
                : driver.getKeyValueStore(name);
        if (store == null) {
            throw new InvalidStateStoreException("no store " + name);
        }
        return (T) store;
    }

    @Override
    public String state() {
        return "test driver";
    }
}
