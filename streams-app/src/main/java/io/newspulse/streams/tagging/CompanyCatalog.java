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
import io.newspulse.core.concurrent.Daemons;
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

    /** A tagger being built ahead of the store, with the companies it is built from, in the store's order. */
    private record Prebuilt(List<Company> companies, CompletableFuture<Tagger> tagger) {
    }

    /** The outcome of {@link #checkAhead}: whether the store held exactly the prebuilt companies at that version. */
    private record Check(long version, boolean matches) {
    }

    private Prebuilt prebuilt;
    private CompletableFuture<Check> check;
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
    public void prebuild(java.util.Collection<Company> expected) {
        prebuild(expected, () -> Tagger.build(expected));
    }

    /**
     * As {@link #prebuild(java.util.Collection)} for the companies of a knowledge base, with its tagger already under
     * way: {@link Tagger#of}, started as soon as the knowledge base was read (the built-in knowledge base's is loaded
     * from its build-time image rather than built).
     */
    public synchronized void prebuild(io.newspulse.tagging.kb.CompanyKnowledgeBase expected, CompletableFuture<Tagger> tagger) {
        prebuilt = new Prebuilt(storeOrder(expected.companies()), tagger);
    }

    private synchronized void prebuild(java.util.Collection<Company> expected, java.util.function.Supplier<Tagger> tagger) {
        prebuilt = new Prebuilt(storeOrder(expected), CompletableFuture.supplyAsync(tagger, Daemons.executor("tagger-prebuild")));
    }

    private static List<Company> storeOrder(java.util.Collection<Company> companies) {
        return companies.stream().filter(c -> !c.getDeleted()).sorted(STORE_ORDER).toList();
    }

    /**
     * Starts comparing, on a thread of its own, the store's companies with those the tagger was {@link #prebuild
     * prebuilt} for, e.g. once the global store is restored and while the stream threads still join their group:
     * the first {@link #tagger} call then takes the prebuilt tagger without reading the store itself, provided the
     * store has not changed since the comparison (same version); otherwise it reads and compares as without it.
     *
     * @param store the store to read (called on the checking thread)
     */
    public void checkAhead(java.util.function.Supplier<? extends ReadOnlyKeyValueStore<String, ?>> store) {
        checkAhead(store, StoreProof.NONE);
    }

    /**
     * As {@link #checkAhead(java.util.function.Supplier)}, without reading the store when {@code proof} shows that it
     * holds the prebuilt companies; when it does not and the store is read and found to hold them, {@code proof} is
     * told ({@link StoreProof#verified}), so that the next start can skip the read.
     */
    public synchronized void checkAhead(java.util.function.Supplier<? extends ReadOnlyKeyValueStore<String, ?>> store,
                                        StoreProof proof) {
        Prebuilt ahead = prebuilt;
        if (ahead == null || check != null) {
            return;
        }
        // compares with the companies the tagger is built from, while it is still being built (issue 23)
        check = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            long at = version.get(); // read before the store: a change while it is read moves the version on
            if (proof.holds()) {
                LOG.info("Companies store shown to hold the companies of the tagger built ahead without reading it, in {} ms",
                        (System.nanoTime() - start) / 1_000_000);
                return new Check(at, true);
            }
            boolean matches = ahead.companies().equals(read(store.get()));
            LOG.info("Companies store checked against the companies of the tagger built ahead in {} ms: {}",
                    (System.nanoTime() - start) / 1_000_000, matches ? "same companies" : "different companies");
            if (matches) {
                proof.verified();
            }
            return new Check(at, matches);
        }, Daemons.executor("tagger-check"));
    }

    /**
     * Shows, without reading it, that the companies store holds exactly the companies a tagger was prebuilt for
     * (e.g. {@code CompaniesStoreProof}: nothing was written to the companies topic since a start that read the store
     * and found them). Both methods run on the checking thread, after the catalogue's version was read.
     */
    public interface StoreProof {
        /** No proof: the store is always read. */
        StoreProof NONE = new StoreProof() {
            @Override
            public boolean holds() {
                return false;
            }

            @Override
            public void verified() {
            }
        };

        /** True only when the store is known to hold the prebuilt companies now. */
        boolean holds();

        /** The store was read and held the prebuilt companies (at the version read before the read). */
        void verified();
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
                Tagger ahead = takeChecked(wanted);
                List<Company> companies = ahead != null ? null : read(store);
                if (ahead == null) {
                    ahead = takePrebuilt(companies);
                }
                builtFromStore += ahead == null ? 1 : 0;
                current = new Snapshot(wanted, ahead != null ? ahead : Tagger.build(companies));
                snapshot = current;
                LOG.info("Tagger {} companies in {} ms", companies == null ? "built ahead, checked ahead against the store's"
                        : ahead != null ? "built ahead for the " + companies.size() : "built from " + companies.size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return current.tagger();
        }
    }

    /** The pending {@link #checkAhead} (for tests), or a completed future when there is none. */
    synchronized CompletableFuture<?> checkAheadDone() {
        return check != null ? check.handle((c, e) -> c) : CompletableFuture.completedFuture(null);
    }

    synchronized int builtFromStore() {
        return builtFromStore;
    }

    /**
     * The prebuilt tagger (used once) when {@link #checkAhead} found the store holding exactly its companies at
     * version {@code wanted}; else null (and the check is dropped).
     */
    private Tagger takeChecked(long wanted) {
        CompletableFuture<Check> checked = check;
        check = null;
        if (checked == null || prebuilt == null) {
            return null;
        }
        try {
            Check c = checked.join();
            if (c.version() != wanted || !c.matches()) {
                return null;
            }
            Tagger tagger = prebuilt.tagger().join();
            prebuilt = null;
            return tagger;
        } catch (RuntimeException e) {
            LOG.warn("Checking the store against the tagger built ahead failed ({}); reading the store", e.toString());
            return null;
        }
    }

    /** The prebuilt tagger when it was built from exactly {@code companies} (used once), else null. */
    private Tagger takePrebuilt(List<Company> companies) {
        Prebuilt ahead = prebuilt;
        prebuilt = null;
        if (ahead == null) {
            return null;
        }
        try {
            return ahead.companies().equals(companies) ? ahead.tagger().join() : null;
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
