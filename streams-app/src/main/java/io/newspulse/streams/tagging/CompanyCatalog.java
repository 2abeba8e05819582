package io.newspulse.streams.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.newspulse.avro.Company;
import io.newspulse.tagging.Tagger;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * The tagger built from the {@code companies} global store. The global thread bumps a version on every change;
 * stream threads rebuild the automaton lazily (once per change burst) and swap it in atomically, so a company
 * added at runtime is tagged from the next article on, without a restart.
 */
public final class CompanyCatalog {
    private final AtomicLong version = new AtomicLong();
    private final Consumer<Company> onNewCompany;
    private volatile Snapshot snapshot = new Snapshot(-1, Tagger.build(List.of()));

    private record Snapshot(long version, Tagger tagger) {
    }

    /** @param onNewCompany called (on the global thread) for every company upsert, e.g. to create its signal topic */
    public CompanyCatalog(Consumer<Company> onNewCompany) {
        this.onNewCompany = onNewCompany;
    }

    public static CompanyCatalog standalone() {
        return new CompanyCatalog(c -> { });
    }

    /** Called by the global store processor after it applied an upsert (company non-null) or a delete. */
    void changed(Company company) {
        version.incrementAndGet();
        if (company != null && !company.getDeleted()) {
            onNewCompany.accept(company);
        }
    }

    /** The tagger for the current store content, rebuilding it if the store changed since the last build. */
    public Tagger tagger(ReadOnlyKeyValueStore<String, ?> store) {
        Snapshot current = snapshot;
        long wanted = version.get();
        if (current.version() == wanted) {
            return current.tagger();
        }
        synchronized (this) {
            current = snapshot;
            wanted = version.get();
            if (current.version() != wanted) {
                current = new Snapshot(wanted, Tagger.build(read(store)));
                snapshot = current;
            }
            return current.tagger();
        }
    }

    private static List<Company> read(ReadOnlyKeyValueStore<String, ?> store) {
        List<Company> companies = new ArrayList<>();
        try (KeyValueIterator<String, ?> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, ?> kv = it.next();
                Object v = kv.value instanceof ValueAndTimestamp<?> vt ? vt.value() : kv.value;
                if (v instanceof Company c && !c.getDeleted()) {
                    companies.add(c);
                }
            }
        }
        return companies;
    }
}
