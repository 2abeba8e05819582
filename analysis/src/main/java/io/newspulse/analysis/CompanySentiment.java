package io.newspulse.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an article says about one company: {@code sentiment} in [-1, 1] (above 0.1 positive, below -0.1 negative,
 * otherwise neutral; rounded to 3 decimals, so the stream and the offline output print the same number) and the
 * corporate events the text reports for it.
 */
public record CompanySentiment(double sentiment, Set<EventCode> events) {
    /** No stance and no event. */
    public static final CompanySentiment NEUTRAL = new CompanySentiment(0.0, Set.of());

    public CompanySentiment {
        if (Double.isNaN(sentiment)) {
            throw new IllegalArgumentException("sentiment is NaN");
        }
        sentiment = Math.round(Math.max(-1.0, Math.min(1.0, sentiment)) * 1000.0) / 1000.0; // 3 decimals, everywhere
        events = events == null || events.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(events));
    }
}
