package io.newspulse.registry.server;

import io.newspulse.registry.model.RegistryException;

/** HTTP-level errors (routing, auth, body limits) in the registry's error body format. */
final class HttpError {
    private HttpError() {
    }

    static RegistryException notFound() {
        return new RegistryException(404, 404, "HTTP 404 Not Found");
    }

    static RegistryException methodNotAllowed() {
        return new RegistryException(405, 405, "HTTP 405 Method Not Allowed");
    }

    static RegistryException unauthorized() {
        return new RegistryException(401, 401, "Unauthorized");
    }

    static RegistryException tooLarge(int max) {
        return new RegistryException(413, 413, "Request body is larger than the limit of " + max + " bytes");
    }
}
