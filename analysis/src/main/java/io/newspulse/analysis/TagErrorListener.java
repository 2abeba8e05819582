package io.newspulse.analysis;

/** Told about each input line the {@link OfflineTagger} could not tag (1-based line number, id if known). */
@FunctionalInterface
public interface TagErrorListener {
    void onError(long lineNumber, String articleId, String message);
}
