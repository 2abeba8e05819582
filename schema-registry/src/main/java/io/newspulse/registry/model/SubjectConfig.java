package io.newspulse.registry.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A global or subject config as Confluent Platform 7.x keeps it: an optional compatibility level plus the
 * {@link ConfigField}s that were set (absent = not set). An update replaces only the fields it sets.
 */
public record SubjectConfig(CompatibilityLevel compatibilityLevel, Map<ConfigField, JsonNode> fields) {
    /** Key of the level in stored configs and in GET answers. */
    public static final String LEVEL_KEY = "compatibilityLevel";
    /** Key of the level in PUT bodies and their echo. */
    public static final String UPDATE_LEVEL_KEY = "compatibility";

    public SubjectConfig {
        EnumMap<ConfigField, JsonNode> copy = new EnumMap<>(ConfigField.class);
        copy.putAll(fields);
        fields = Collections.unmodifiableMap(copy);
    }

    /** A config holding only a level. */
    public static SubjectConfig ofLevel(CompatibilityLevel level) {
        return new SubjectConfig(level, Map.of());
    }

    /** This config with every field {@code update} sets replaced (Confluent's merge of a PUT into what is stored). */
    public SubjectConfig merge(SubjectConfig update) {
        EnumMap<ConfigField, JsonNode> merged = new EnumMap<>(ConfigField.class);
        merged.putAll(fields);
        merged.putAll(update.fields);
        return new SubjectConfig(update.compatibilityLevel != null ? update.compatibilityLevel : compatibilityLevel, merged);
    }

    /**
     * Reads a config object; the level under {@code levelKey} ({@link #LEVEL_KEY} in the store, {@link #UPDATE_LEVEL_KEY}
     * in PUT bodies, which also accept {@link #LEVEL_KEY}). Unknown keys and nulls are ignored, as Confluent does.
     *
     * @throws RegistryException 42203 for an unknown level, 422 for a field of the wrong JSON type
     */
    public static SubjectConfig fromJson(JsonNode node, String levelKey) {
        if (node == null || !node.isObject()) {
            throw Errors.unprocessable("A config must be a JSON object");
        }
        JsonNode level = node.hasNonNull(levelKey) ? node.get(levelKey) : node.get(LEVEL_KEY);
        CompatibilityLevel parsed = level == null || level.isNull() ? null : CompatibilityLevel.parse(level.asText());
        EnumMap<ConfigField, JsonNode> fields = new EnumMap<>(ConfigField.class);
        for (ConfigField f : ConfigField.values()) {
            JsonNode v = node.get(f.json());
            if (v == null || v.isNull()) {
                continue;
            }
            if (!f.accepts(v)) {
                throw Errors.unprocessable("Config field '" + f.json() + "' must be " + switch (f.type()) {
                    case TEXT -> "a string";
                    case BOOLEAN -> "true or false";
                    case OBJECT -> "an object";
                });
            }
            fields.put(f, v.deepCopy());
        }
        return new SubjectConfig(parsed, fields);
    }

    /**
     * Renders the config: the level under {@code levelKey} ({@code fallback} when this config sets none; omitted when
     * both are null), then every field set, in {@link ConfigField} order.
     */
    public ObjectNode toJson(String levelKey, CompatibilityLevel fallback) {
        ObjectNode out = Json.mapper().createObjectNode();
        CompatibilityLevel level = compatibilityLevel != null ? compatibilityLevel : fallback;
        if (level != null) {
            out.put(levelKey, level.name());
        }
        fields.forEach((f, v) -> out.set(f.json(), v.deepCopy()));
        return out;
    }
}
