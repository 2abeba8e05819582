package io.newspulse.streams.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.newspulse.avro.Company;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

class CompanyCatalogTest {
    private static final Company ZORBLAX = company("zorblax", "Zorblax Quantum Dynamics");
    private static final Company QUIBBLE = company("quibble", "Quibble Robotics");

    @Test
    void shouldTakeTheTaggerBuiltAheadWhenTheStoreHoldsExactlyTheExpectedCompanies() {
        CompanyCatalog catalog = CompanyCatalog.standalone();
        catalog.prebuild(List.of(ZORBLAX, QUIBBLE)); // in another order than the store's

        catalog.changed(null);
        var tagger = catalog.tagger(store(ZORBLAX, QUIBBLE));

        assertThat(catalog.builtFromStore()).isZero();
        assertThat(tagger.tag("Zorblax Quantum Dynamics and Quibble Robotics agreed a deal.", "", "en"))
                .extracting(m -> m.companyId()).containsExactlyInAnyOrder("zorblax", "quibble");
    }

    @Test
    void shouldBuildFromTheStoreWhenItHoldsOtherCompaniesThanExpected() {
        CompanyCatalog catalog = CompanyCatalog.standalone();
        catalog.prebuild(List.of(ZORBLAX));

        catalog.changed(null);
        var tagger = catalog.tagger(store(ZORBLAX, QUIBBLE));

        assertThat(catalog.builtFromStore()).isEqualTo(1);
        assertThat(tagger.tag("Quibble Robotics raised money.", "", "en")).extracting(m -> m.companyId())
                .containsExactly("quibble");
    }

    @Test
    void shouldTakeTheTaggerBuiltAheadWithoutReadingTheStoreAgainWhenTheCheckAheadFoundTheSameCompanies() {
        CompanyCatalog catalog = CompanyCatalog.standalone();
        catalog.prebuild(List.of(QUIBBLE, ZORBLAX));
        catalog.changed(ZORBLAX);
        catalog.changed(QUIBBLE);

        catalog.checkAhead(() -> store(ZORBLAX, QUIBBLE));
        catalog.checkAheadDone().join();
        var tagger = catalog.tagger(unreadable());

        assertThat(catalog.builtFromStore()).isZero();
        assertThat(tagger.tag("Zorblax Quantum Dynamics and Quibble Robotics agreed a deal.", "", "en"))
                .extracting(m -> m.companyId()).containsExactlyInAnyOrder("zorblax", "quibble");
    }

    @Test
    void shouldBuildFromTheStoreWhenTheCheckAheadFoundOtherCompanies() {
        CompanyCatalog catalog = CompanyCatalog.standalone();
        catalog.prebuild(List.of(ZORBLAX));
        catalog.changed(ZORBLAX);
        catalog.changed(QUIBBLE);

        catalog.checkAhead(() -> store(ZORBLAX, QUIBBLE));
        var tagger = catalog.tagger(store(ZORBLAX, QUIBBLE));

        assertThat(catalog.builtFromStore()).isEqualTo(1);
        assertThat(tagger.tag("Quibble Robotics raised money.", "", "en")).extracting(m -> m.companyId())
                .containsExactly("quibble");
    }

    @Test
    void shouldReadTheStoreAgainWhenACompanyArrivedAfterTheCheckAhead() {
        CompanyCatalog catalog = CompanyCatalog.standalone();
        catalog.prebuild(List.of(ZORBLAX));
        catalog.changed(ZORBLAX);
        catalog.checkAhead(() -> store(ZORBLAX));
        catalog.checkAheadDone().join();

        catalog.changed(QUIBBLE); // added at runtime once the store was checked
        var tagger = catalog.tagger(store(ZORBLAX, QUIBBLE));

        assertThat(catalog.builtFromStore()).isEqualTo(1);
        assertThat(tagger.tag("Quibble Robotics raised money.", "", "en")).extracting(m -> m.companyId())
                .containsExactly("quibble");
    }

    @Test
    void shouldReadTheStoreWhenTheCheckAheadFailed() {
        CompanyCatalog catalog = CompanyCatalog.standalone();
        catalog.prebuild(List.of(ZORBLAX));
        catalog.changed(ZORBLAX);

        catalog.checkAhead(CompanyCatalogTest::unreadable);
        var tagger = catalog.tagger(store(ZORBLAX));

        assertThat(catalog.builtFromStore()).isZero(); // the store read at the first call matched the prebuilt list
        assertThat(tagger.tag("Zorblax Quantum Dynamics grew.", "", "en")).extracting(m -> m.companyId())
                .containsExactly("zorblax");
    }

    /** A store that fails when read, to show a tagger came without reading it. */
    @Test
    void shouldTakeTheTaggerBuiltAheadWithoutReadingTheStoreWhenTheProofHolds() {
        CompanyCatalog catalog = CompanyCatalog.standalone();
        catalog.prebuild(List.of(QUIBBLE, ZORBLAX));
        catalog.changed(ZORBLAX);
        Proof proof = new Proof(true);

        catalog.checkAhead(CompanyCatalogTest::unreadable, proof);
        catalog.checkAheadDone().join();
        var tagger = catalog.tagger(unreadable());

        assertThat(catalog.builtFromStore()).isZero();
        assertThat(proof.verified).isZero();
        assertThat(tagger.tag("Quibble Robotics raised money.", "", "en")).extracting(m -> m.companyId())
                .containsExactly("quibble");
    }

    @Test
    void shouldTellTheProofWhenTheStoreWasReadAndHeldTheExpectedCompanies() {
        CompanyCatalog catalog = CompanyCatalog.standalone();
        catalog.prebuild(List.of(QUIBBLE, ZORBLAX));
        catalog.changed(ZORBLAX);
        Proof proof = new Proof(false);

        catalog.checkAhead(() -> store(ZORBLAX, QUIBBLE), proof);
        catalog.checkAheadDone().join();

        assertThat(proof.verified).isEqualTo(1);
        assertThat(catalog.tagger(unreadable()).companyCount()).isEqualTo(2);
    }

    @Test
    void shouldNotTellTheProofWhenTheStoreHeldOtherCompanies() {
        CompanyCatalog catalog = CompanyCatalog.standalone();
        catalog.prebuild(List.of(ZORBLAX));
        catalog.changed(ZORBLAX);
        Proof proof = new Proof(false);

        catalog.checkAhead(() -> store(ZORBLAX, QUIBBLE), proof);
        catalog.checkAheadDone().join();

        assertThat(proof.verified).isZero();
        assertThat(catalog.tagger(store(ZORBLAX, QUIBBLE)).companyCount()).isEqualTo(2);
        assertThat(catalog.builtFromStore()).isEqualTo(1);
    }

    /** A proof that holds or not, counting the starts that verified the store by reading it. */
    private static final class Proof implements CompanyCatalog.StoreProof {
        private final boolean holds;
        private int verified;

        Proof(boolean holds) {
            this.holds = holds;
        }

        @Override
        public boolean holds() {
            return holds;
        }

        @Override
        public void verified() {
            verified++;
        }
    }

    private static ReadOnlyKeyValueStore<String, Company> unreadable() {
        return new ReadOnlyKeyValueStore<>() {
            @Override
            public Company get(String key) {
                throw new IllegalStateException("read");
            }

            @Override
            public KeyValueIterator<String, Company> range(String from, String to) {
                throw new IllegalStateException("read");
            }

            @Override
            public KeyValueIterator<String, Company> all() {
                throw new IllegalStateException("read");
            }

            @Override
            public long approximateNumEntries() {
                throw new IllegalStateException("read");
            }
        };
    }

    private static Company company(String id, String name) {
        return Company.newBuilder().setId(id).setName(name).setAliases(Map.of("en", List.of(name))).build();
    }

    private static ReadOnlyKeyValueStore<String, Company> store(Company... companies) {
        TreeMap<String, Company> byId = new TreeMap<>();
        for (Company c : companies) {
            byId.put(c.getId().toString(), c);
        }
        return new ReadOnlyKeyValueStore<>() {
            @Override
            public Company get(String key) {
                return byId.get(key);
            }

            @Override
            public KeyValueIterator<String, Company> range(String from, String to) {
                return iterator(byId.subMap(from, true, to, true));
            }

            @Override
            public KeyValueIterator<String, Company> all() {
                return iterator(byId);
            }

            @Override
            public long approximateNumEntries() {
                return byId.size();
            }
        };
    }

    private static KeyValueIterator<String, Company> iterator(Map<String, Company> entries) {
        Iterator<Map.Entry<String, Company>> it = entries.entrySet().iterator();
        return new KeyValueIterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public KeyValue<String, Company> next() {
                Map.Entry<String, Company> e = it.next();
                return KeyValue.pair(e.getKey(), e.getValue());
            }

            @Override
            public void close() {
            }

            @Override
            public String peekNextKey() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
