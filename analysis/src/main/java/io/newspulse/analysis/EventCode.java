package io.newspulse.analysis;

import java.util.Locale;
import java.util.Optional;

/** The closed set of corporate event codes (see the spec, {@code interfaces.md}). */
public enum EventCode {
    EARNINGS, GUIDANCE, MERGER_ACQUISITION, PARTNERSHIP, PRODUCT, LEGAL_REGULATORY, EXECUTIVE_CHANGE, LAYOFFS,
    INVESTMENT, FINANCING, DIVIDEND_BUYBACK, BANKRUPTCY, RATING, RECALL_SAFETY, CYBER_INCIDENT, LABOR_DISPUTE,
    STOCK_MOVE;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The wire form, e.g. {@code "merger_acquisition"}. */
    public String code() {
        return code;
    }

    /** The event of a wire code (case-insensitive), empty when unknown or null. */
    public static Optional<EventCode> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (EventCode e : values()) {
            if (e.code.equals(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
