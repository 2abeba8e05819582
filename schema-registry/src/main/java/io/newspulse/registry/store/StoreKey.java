package io.newspulse.registry.store;

/**
 * Key of one record of the {@code _schemas} topic.
 *
 * @param subject null for the global CONFIG / MODE records
 * @param version only set for SCHEMA records
 */
public record StoreKey(KeyType type, String subject, Integer version) {

    /** Kinds of records kept in the store topic. */
    public enum KeyType { SCHEMA, CONFIG, MODE }

    public static StoreKey schema(String subject, int version) {
        return new StoreKey(KeyType.SCHEMA, subject, version);
    }

    public static StoreKey config(String subject) {
        return new StoreKey(KeyType.CONFIG, subject, null);
    }

    public static StoreKey mode(String subject) {
        return new StoreKey(KeyType.MODE, subject, null);
    }
}
