package io.newspulse.streams.query;

/** A query that cannot be answered, with the HTTP status that says why (400 bad input, 404 unknown, 503 not now). */
public final class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public QueryException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static QueryException badRequest(String message) {
        return new QueryException(400, message);
    }

    public static QueryException notFound(String message) {
        return new QueryException(404, message);
    }

    public static QueryException unavailable(String message) {
        return new QueryException(503, message);
    }
}
