package io.newspulse.streams.tagging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.newspulse.analysis.EventCode;
import io.newspulse.avro.CorporateEvent;

/**
 * The one mapping from the analysis library's {@link EventCode} to the Avro {@link CorporateEvent} on the wire. The
 * Avro symbols are the event codes of the public contract; every code has its symbol (checked when the class loads,
 * so a code added on one side only fails at start-up, not on a record).
 */
public final class CorporateEvents {
    private static final Map<EventCode, CorporateEvent> TO_AVRO = new EnumMap<>(EventCode.class);

    static {
        for (EventCode code : EventCode.values()) {
            TO_AVRO.put(code, CorporateEvent.valueOf(code.code()));
        }
    }

    private CorporateEvents() {
    }

    public static CorporateEvent toAvro(EventCode code) {
        return TO_AVRO.get(code);
    }

    /** The codes as Avro enums, in the closed set's order. */
    public static List<CorporateEvent> toAvro(Collection<EventCode> codes) {
        List<CorporateEvent> out = new ArrayList<>(codes.size());
        for (EventCode code : new TreeSet<>(codes)) {
            out.add(TO_AVRO.get(code));
        }
        return out;
    }
}
