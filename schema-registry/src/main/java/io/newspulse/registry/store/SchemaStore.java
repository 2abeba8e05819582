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

    /** Blocks until the state reflects every record written so far by anyone (call before allocating ids). */
    void catchUp();

    @Override
    void close();
}
