package io.newspulse.registry.service;

import io.newspulse.registry.model.Errors;
import io.newspulse.registry.model.RegistryException;
import io.newspulse.registry.model.SchemaReference;
import io.newspulse.registry.model.StoredSchema;
import io.newspulse.registry.store.RegistryState;
import org.apache.avro.Schema;
import org.apache.avro.AvroRuntimeException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parses Avro schema text, resolving references against registered subjects first. */
public final class AvroSchemaParser {

    /** A parsed schema with the canonical text the registry stores and compares. */
    public record Parsed(Schema schema, String canonical) {
    }

    private AvroSchemaParser() {
    }

    /**
     * Parses {@code text}; referenced types are loaded (recursively) from the given state.
     *
     * @throws RegistryException 422 42201 when the text is not a valid Avro schema or a reference is missing
     */
    @SuppressWarnings("deprecation") // toString(referenced, pretty) is the only way to keep references out-of-line
    public static Parsed parse(String text, List<SchemaReference> references, RegistryState state) {
        if (text == null || text.isBlank()) {
            throw Errors.invalidSchema("schema is empty");
        }
        Schema.Parser parser = new Schema.Parser();
        List<Schema> referenced = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        try {
            for (SchemaReference ref : references) {
                loadReference(ref, parser, state, visited, referenced);
            }
            Schema schema = parser.parse(text);
            String canonical = referenced.isEmpty() ? schema.toString() : schema.toString(referenced, false);
            return new Parsed(schema, canonical);
        } catch (AvroRuntimeException | NullPointerException | IllegalArgumentException e) {
            throw Errors.invalidSchema(firstLine(e.getMessage()));
        }
    }

    private static void loadReference(SchemaReference ref, Schema.Parser parser, RegistryState state,
                                      Set<String> visited, List<Schema> referenced) {
        StoredSchema target = resolve(ref, state).orElseThrow(() -> Errors.invalidSchema(
                "reference '" + ref.name() + "' to subject '" + ref.subject() + "' version " + ref.version()
                        + " not found"));
        if (!visited.add(target.subject() + "\u0000" + target.version())) {
            return;
        }
        for (SchemaReference nested : target.references()) {
            loadReference(nested, parser, state, visited, referenced);
        }
        referenced.add(parser.parse(target.schema()));
    }

    private static Optional<StoredSchema> resolve(SchemaReference ref, RegistryState state) {
        if (ref.version() == -1) {
            List<StoredSchema> versions = state.versions(ref.subject());
            for (int i = versions.size() - 1; i >= 0; i--) {
                if (!versions.get(i).deleted()) {
                    return Optional.of(versions.get(i));
                }
            }
            return Optional.empty();
        }
        return state.get(ref.subject(), ref.version());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unparseable schema";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
