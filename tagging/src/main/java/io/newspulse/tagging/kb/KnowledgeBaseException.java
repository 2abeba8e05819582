package io.newspulse.tagging.kb;

/**
 * A company file could not be read: names the source, the 1-based line (0 when the problem is not tied to one
 * line) and the reason, e.g. {@code companies-user.jsonl line 12: id 'Foo Bar' is not a slug}.
 */
public final class KnowledgeBaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String reason;

    public KnowledgeBaseException(String source, int line, String reason) {
        this(source, line, reason, null);
    }

    public KnowledgeBaseException(String source, int line, String reason, Throwable cause) {
        super(line > 0 ? source + " line " + line + ": " + reason : source + ": " + reason, cause);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    /** File or resource name. */
    public String source() {
        return source;
    }

    /** 1-based line number, 0 when not tied to a line. */
    public int line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }
}
