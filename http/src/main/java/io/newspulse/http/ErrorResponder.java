package io.newspulse.http;

import io.javalin.http.Context;

/** Writes an error answer in one API's own body format (the registry's {@code error_code}, the query API's {@code error}). */
@FunctionalInterface
public interface ErrorResponder {
    /**
     * @param status  the HTTP status to answer with
     * @param message the library's message for errors it raised itself (unknown route, wrong method, body too
     *                large), or null for an unexpected exception of a handler (never shown to the client)
     */
    void respond(Context ctx, int status, String message);
}
