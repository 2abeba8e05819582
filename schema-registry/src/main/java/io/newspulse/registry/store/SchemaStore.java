package io.newspulse.registry.store;

/**
 * Durable log of registry records plus the in-memory state materialised from it.
 * Implementations apply every record through {@link RegistryState#apply(byte[], byte[])} so that the
 * in-memory and Kafka-backed stores share one set of rules.
 */
public interface SchemaStore extends AutoCloseable {

    /** Opens the store and blocks until the state reflects every record already written. */
    void start();

    /** The materialised state (safe for concurrent reads). */
    RegistryState state();

    /** Durably writes one record (null value = tombstone); returns once {@link #state()} reflects it. */
    void write(byte[] key, byte[] value);

    /**
     * Durably writes records in order (null value = tombstone) and returns once {@link #state()} reflects all of them:
     * one wait for the whole batch instead of one per record (group commit of concurrent registrations).
     */
    default void writeAll(java.util.List<java.util.Map.Entry<byte[], byte[]>> records) {
        for (java.util.Map.Entry<byte[], byte[]> r : records) {
            write(r.getKey(), r.getValue());
        }
    }

    /** Blocks until the state reflects every record written so far by anyone (call before allocating ids). */
    void catchUp();

    /**
     * Makes this instance the store's only writer, for an elected leader: fences any earlier writer (its later writes
     * fail with {@link io.newspulse.registry.model.NotLeaderException} and are never applied), then catches up.
     * Stores that need no fencing (in memory, or a Kafka store without a {@code transactional.id}) always write.
     */
    default void acquireWriter() {
        catchUp();
    }

    /** Gives the writer up (leadership moved elsewhere); writes fail with {@code NotLeaderException} until reacquired. */
    default void releaseWriter() {
        // stores without fencing always write
    }

    @Override
    void close();
}
