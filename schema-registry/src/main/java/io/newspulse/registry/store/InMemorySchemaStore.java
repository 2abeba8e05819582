package io.newspulse.registry.store;

/** A {@link SchemaStore} without durability, for tests and {@code mock://} clients. */
public final class InMemorySchemaStore implements SchemaStore {
    private final RegistryState state = new RegistryState();

    @Override
    public void start() {
        // nothing to load
    }

    @Override
    public RegistryState state() {
        return state;
    }

    @Override
    public synchronized void write(byte[] key, byte[] value) {
        state.apply(key, value);
    }

    @Override
    public void catchUp() {
        // writes are applied synchronously
    }

    @Override
    public void close() {
        // nothing to release
    }
}
