package io.newspulse.streams.dedup;

import java.util.Objects;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.dedup.fingerprint.Fingerprint;

/** What {@link DedupChainProcessor} receives: an article from the articles topic, or a message of the chain topic. */
public sealed interface DedupInput permits DedupInput.Arrived, ChainMessage {
    /**
     * An article as read from the articles topic, with its fingerprint: the chain's first hop, on the article's own
     * partition (in memory only, never serialised).
     */
    record Arrived(ArticleEvent article, Fingerprint fingerprint) implements DedupInput {
        /** Validates the fields. */
        public Arrived {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }
}
