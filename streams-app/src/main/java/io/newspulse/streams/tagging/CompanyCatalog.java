package io.newspulse.streams.tagging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CompanyCatalog.class);
    private final AtomicLong version = new AtomicLong();
    private final Consumer<Company> onNewCompany;
    private volatile Snapshot snapshot = new Snapshot(-1, Tagger.build(List.of()));

    private record Snapshot(long version, Tagger tagger) {
    }

    /** A tagger built ahead of the store, with the companies it was built from, in the store's order. */
    private record Prebuilt(List<Company> companies, Tagger tagger) {
    }

    private CompletableFuture<Prebuilt> prebuilt;
    /** How many taggers were built from the store's content (not taken ready-made). */
    private int builtFromStore;

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

    /**
     * Starts building, on a thread of its own, the tagger for the companies the store is expected to hold (e.g. the
     * built-in knowledge base the app publishes or published before): the first {@link #tagger} call takes it when
     * the store holds exactly these companies, and builds from the store otherwise. A start then does not wait for a
     * build of seconds after the global store is restored (issue 23).
     */
    public synchronized void prebuild(java.util.Collection<Company> expected) {
        prebuilt = CompletableFuture.supplyAsync(() -> {
            List<Company> companies = expected.stream().filter(c -> !c.getDeleted())
                    .sorted(STORE_ORDER).toList();
            return new Prebuilt(companies, Tagger.build(companies));
        }, task -> {
            Thread t = new Thread(task, "tagger-prebuild");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The order of a String-keyed RocksDB store: the keys' UTF-8 bytes, unsigned. */
    private static final Comparator<Company> STORE_ORDER = Comparator.comparing(
            c -> c.getId().toString().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);

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
                long start = System.nanoTime();
                List<Company> companies = read(store);
                Tagger ahead = takePrebuilt(companies);
                builtFromStore += ahead == null ? 1 : 0;
                current = new Snapshot(wanted, ahead != null ? ahead : Tagger.build(companies));
                snapshot = current;
                LOG.info("Tagger {} {} companies in {} ms", ahead != null ? "built ahead for the" : "built from",
                        companies.size(), (System.nanoTime() - start) / 1_000_000);
            }
            return current.tagger();
        }
    }

    synchronized int builtFromStore() {
        return builtFromStore;
    }

    /** The prebuilt tagger when it was built from exactly {@code companies} (used once), else null. */
    private Tagger takePrebuilt(List<Company> companies) {
        CompletableFuture<Prebuilt> ahead = prebuilt;
        prebuilt = null;
        if (ahead == null) {
            return null;
        }
        try {
            Prebuilt p = ahead.join();
            return p.companies().equals(companies) ? p.tagger() : null;
        } catch (RuntimeException e) {
            LOG.warn("Building the tagger ahead failed ({}); building it from the store", e.toString());
            return null;
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
