package io.newspulse.registry.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The config fields Confluent Platform 7.x (7.9) stores per subject and globally besides the compatibility level
 * (its {@code Config} entity), with the JSON type each takes. This registry stores and echoes them; see
 * docs/registry.md for which of them change its behaviour.
 */
public enum ConfigField {
    ALIAS("alias", Type.TEXT),
    NORMALIZE("normalize", Type.BOOLEAN),
    VALIDATE_FIELDS("validateFields", Type.BOOLEAN),
    VALIDATE_RULES("validateRules", Type.BOOLEAN),
    COMPATIBILITY_GROUP("compatibilityGroup", Type.TEXT),
    DEFAULT_METADATA("defaultMetadata", Type.OBJECT),
    OVERRIDE_METADATA("overrideMetadata", Type.OBJECT),
    DEFAULT_RULE_SET("defaultRuleSet", Type.OBJECT),
    OVERRIDE_RULE_SET("overrideRuleSet", Type.OBJECT);

    /** JSON type of a field's value. */
    public enum Type {
        TEXT, BOOLEAN, OBJECT;

        boolean accepts(JsonNode value) {
            return switch (this) {
                case TEXT -> value.isTextual();
                case BOOLEAN -> value.isBoolean();
                case OBJECT -> value.isObject();
            };
        }
    }

    private final String json;
    private final Type type;

    ConfigField(String json, Type type) {
        this.json = json;
        this.type = type;
    }

    /** The field's name on the wire and in the store. */
    public String json() {
        return json;
    }

    public Type type() {
        return type;
    }

    /** Whether a (non-null) value has this field's type. */
    public boolean accepts(JsonNode value) {
        return type.accepts(value);
    }
}
