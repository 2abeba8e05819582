package io.newspulse.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newspulse.avro.CompanySignal;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * A {@link CompanySignal} as a row of plain values, column per schema field in schema order (fields added to the
 * schema later become columns by themselves): times as ISO-8601 strings, nested records as maps, arrays as lists.
 */
public final class SignalRows {
    private SignalRows() {
    }

    /** Column names: the fields of {@link CompanySignal}'s schema, in order. */
    public static List<String> columns() {
        return CompanySignal.getClassSchema().getFields().stream().map(Schema.Field::name).toList();
    }

    public static Map<String, Object> row(CompanySignal signal) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Schema.Field f : CompanySignal.getClassSchema().getFields()) {
            row.put(f.name(), plain(signal.get(f.pos())));
        }
        return row;
    }

    static Object plain(Object value) {
        if (value instanceof Instant t) {
            return t.toString();
        }
        if (value instanceof CharSequence || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof IndexedRecord r) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Schema.Field f : r.getSchema().getFields()) {
                m.put(f.name(), plain(r.get(f.pos())));
            }
            return m;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k.toString(), plain(v)));
            return out;
        }
        return value;
    }
}
