package io.newspulse.registry.client;

import org.apache.kafka.common.errors.RetriableException;

/** No registry URL could be reached (I/O failures) even after retries; the operation may succeed later. */
public class SchemaRegistryUnavailableException extends RetriableException {
    private static final long serialVersionUID = 1L;

    public SchemaRegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
