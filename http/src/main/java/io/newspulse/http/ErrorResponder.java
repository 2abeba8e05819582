package io.newspulse.http;

import java.util.Map;

/**
 * One API's error answers (the registry's {@code error_code} body, the query API's {@code error} body). It answers
 * the errors the HTTP layer raises itself: an unknown route, a wrong method, a body over the limit, a handler's
 * unexpected exception, and a request Jetty refuses before routing (a malformed request line or a path climbing
 * above the root).
 */
@FunctionalInterface
public interface ErrorResponder {
    /**
     * @param status  the status the library chose
     * @param method  the request method
     * @param path    the raw request path, or null for a request Jetty refused before routing (its path is not known:
     *                it may be the very reason, e.g. a path climbing above the root)
     * @param message the library's message, or null for an unexpected exception of a handler (never shown)
     * @return the answer to send (its status may differ from the library's)
     */
    Answer answer(int status, String method, String path, String message);

    /** An error answer: status, content type, body and extra headers. */
    record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
        public Answer {
            headers = Map.copyOf(headers);
        }
    }
}
