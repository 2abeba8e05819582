package io.newspulse.registry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.newspulse.registry.model.CompatibilityLevel;
import io.newspulse.registry.model.RegistryException;
import io.newspulse.registry.model.SchemaRequest;
import io.newspulse.registry.model.StoredSchema;
import io.newspulse.registry.store.InMemorySchemaStore;
import io.newspulse.registry.store.RegistryState;
import io.newspulse.registry.store.SchemaStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Registrations that queue while another one holds the write lock are written together in one store round trip
 * (issue 23: a first start registers one subject per per-company topic), each keeping its own answer.
 */
class GroupCommitTest {
    private static final String V1 = "{\"type\":\"record\",\"name\":\"Signal\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"}]}";
    private static final String V2_COMPATIBLE = "{\"type\":\"record\",\"name\":\"Signal\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"},"
            + "{\"name\":\"m\",\"type\":\"int\",\"default\":0}]}";
    private static final String V2_INCOMPATIBLE = "{\"type\":\"record\",\"name\":\"Signal\",\"fields\":[{\"name\":\"n\",\"type\":\"string\"}]}";

    private final GatedStore store = new GatedStore();
    private final SchemaRegistryService service = new SchemaRegistryService(store, CompatibilityLevel.BACKWARD);
    private final List<Thread> threads = new ArrayList<>();

    @AfterEach
    void release() throws InterruptedException {
        store.gate.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    @Test
    void shouldWriteRegistrationsQueuedBehindTheLockInOneRoundTrip() throws InterruptedException {
        AtomicReference<Object> first = register("signals.first-value", V1);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.batchSizes.size() == 1); // first holds the lock
        List<AtomicReference<Object>> queued = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            queued.add(register("signals.c" + i + "-value", V1));
        }
        awaitAllQueued();

        store.gate.countDown();
        joinAll();

        assertThat(store.batchSizes).containsExactly(1, 20);
        int id = ((StoredSchema) first.get()).id();
        for (int i = 0; i < queued.size(); i++) {
            assertThat(queued.get(i).get()).isInstanceOfSatisfying(StoredSchema.class, s -> {
                assertThat(s.id()).isEqualTo(id);
                assertThat(s.version()).isEqualTo(1);
            });
        }
        assertThat(store.state().subjects()).hasSize(21);
    }

    @Test
    void shouldRefuseOnlyTheIncompatibleRegistrationOfABatch() throws InterruptedException {
        register("blocker-value", V1);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.batchSizes.size() == 1);
        AtomicReference<Object> v1 = register("orders-value", V1);
        awaitAllQueued();
        AtomicReference<Object> incompatible = register("orders-value", V2_INCOMPATIBLE);
        awaitAllQueued();
        AtomicReference<Object> v2 = register("orders-value", V2_COMPATIBLE);
        awaitAllQueued();

        store.gate.countDown();
        joinAll();

        assertThat(v1.get()).isInstanceOfSatisfying(StoredSchema.class, s -> assertThat(s.version()).isEqualTo(1));
        assertThat(incompatible.get()).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.status()).isEqualTo(409));
        assertThat(v2.get()).isInstanceOfSatisfying(StoredSchema.class, s -> {
            assertThat(s.version()).isEqualTo(2);
            assertThat(s.id()).isNotEqualTo(((StoredSchema) v1.get()).id());
        });
        assertThat(store.batchSizes).containsExactly(1, 2);
        assertThat(store.state().versions("orders-value")).extracting(StoredSchema::version).containsExactly(1, 2);
    }

    @Test
    void shouldAnswerTheSameContentRegisteredTwiceInOneBatchWithOneEntry() throws InterruptedException {
        register("blocker-value", V1);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.batchSizes.size() == 1);
        AtomicReference<Object> a = register("orders-value", V2_COMPATIBLE);
        AtomicReference<Object> b = register("orders-value", V2_COMPATIBLE);
        awaitAllQueued();

        store.gate.countDown();
        joinAll();

        assertThat(a.get()).isEqualTo(b.get());
        assertThat(store.batchSizes).containsExactly(1, 1);
        assertThat(store.state().versions("orders-value")).hasSize(1);
    }

    /** Registers on a new thread; the reference gets the entry or the exception. */
    private AtomicReference<Object> register(String subject, String schema) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.set(service.register(subject, SchemaRequest.of(schema), false));
            } catch (RuntimeException e) {
                result.set(e);
            }
        }, "register-" + subject);
        threads.add(t);
        t.start();
        return result;
    }

    /** Every thread but the one inside the store's write is parked on the write lock (so its request is queued). */
    private void awaitAllQueued() {
        await().atMost(Duration.ofSeconds(10)).until(() -> threads.stream().skip(1)
                .allMatch(t -> t.getState() == Thread.State.WAITING));
    }

    private void joinAll() throws InterruptedException {
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(t.isAlive()).as("%s finished", t.getName()).isFalse();
        }
    }

    /** An in-memory store whose first write waits for the test's go; records the size of every write. */
    private static final class GatedStore implements SchemaStore {
        private final InMemorySchemaStore delegate = new InMemorySchemaStore();
        private final CountDownLatch gate = new CountDownLatch(1);
        private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void writeAll(List<Map.Entry<byte[], byte[]>> records) {
            batchSizes.add(records.size());
            if (batchSizes.size() == 1) {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            delegate.writeAll(records);
        }

        @Override
        public void write(byte[] key, byte[] value) {
            writeAll(List.of(new java.util.AbstractMap.SimpleImmutableEntry<>(key, value)));
        }

        @Override
        public void start() {
        }

        @Override
        public RegistryState state() {
            return delegate.state();
        }

        @Override
        public void catchUp() {
        }

        @Override
        public void close() {
        }
    }
}
