package io.newspulse.registry.service;

import io.newspulse.registry.model.CompatibilityLevel;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

import java.util.ArrayList;
import java.util.List;

/** Applies a {@link CompatibilityLevel} to a candidate schema and the live versions of a subject. */
public final class CompatibilityChecker {

    private CompatibilityChecker() {
    }

    /**
     * @param previous live versions, oldest first
     * @return human-readable incompatibilities; empty when the candidate is compatible
     */
    public static List<String> check(CompatibilityLevel level, Schema candidate, List<Schema> previous) {
        List<String> messages = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || previous.isEmpty()) {
            return messages;
        }
        List<Schema> against = level.transitive() ? previous : List.of(previous.get(previous.size() - 1));
        for (Schema old : against) {
            if (level.backward()) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, old), "BACKWARD", messages);
            }
            if (level.forward()) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(old, candidate), "FORWARD", messages);
            }
        }
        return messages;
    }

    private static void describe(SchemaPairCompatibility result, String direction, List<String> messages) {
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        for (Incompatibility inc : result.getResult().getIncompatibilities()) {
            messages.add("{errorType:'" + inc.getType() + "', description:'" + direction + ": "
                    + inc.getMessage() + "', location:'" + inc.getLocation() + "'}");
        }
        if (result.getResult().getIncompatibilities().isEmpty()) {
            messages.add("{errorType:'INCOMPATIBLE', description:'" + direction + ": " + result.getDescription() + "'}");
        }
    }
}
