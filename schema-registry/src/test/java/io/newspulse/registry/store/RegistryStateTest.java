package io.newspulse.registry.store;

import io.newspulse.registry.model.CompatibilityLevel;
import io.newspulse.registry.model.ConfigField;
import io.newspulse.registry.model.SubjectConfig;
import io.newspulse.registry.model.Mode;
import io.newspulse.registry.model.StoredSchema;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryStateTest {
    private final RegistryState state = new RegistryState();

    private void schema(String subject, int version, int id, String text, boolean deleted) {
        state.apply(StoreCodec.encodeKey(StoreKey.schema(subject, version)),
                StoreCodec.encodeSchema(new StoredSchema(subject, version, id, "AVRO", text, List.of(), null, deleted)));
    }

    @Test
    void shouldIgnoreARecordBindingAnIdToOtherContent() {
        schema("a", 1, 1, "\"int\"", false);
        schema("b", 1, 1, "\"long\"", false);
        assertThat(state.get("b", 1)).isEmpty();
        assertThat(state.subjects()).containsExactly("a");
        assertThat(state.byId(1).orElseThrow().schema()).isEqualTo("\"int\"");
    }

    @Test
    void shouldShareIdsAndForgetThemOnceNoVersionUsesThem() {
        schema("a", 1, 7, "\"int\"", false);
        schema("b", 1, 7, "\"int\"", false);
        assertThat(state.usagesOf(7)).extracting(StoredSchema::subject).containsExactly("a", "b");
        state.apply(StoreCodec.encodeKey(StoreKey.schema("a", 1)), null);
        assertThat(state.byId(7)).isPresent();
        state.apply(StoreCodec.encodeKey(StoreKey.schema("b", 1)), null);
        assertThat(state.byId(7)).isEmpty();
        assertThat(state.subjects()).isEmpty();
        assertThat(state.maxId()).isEqualTo(7);
    }

    @Test
    void shouldApplySoftDeletesConfigAndModeRecords() {
        schema("a", 1, 1, "\"int\"", false);
        schema("a", 1, 1, "\"int\"", true);
        assertThat(state.get("a", 1).orElseThrow().deleted()).isTrue();
        state.apply(StoreCodec.encodeKey(StoreKey.config(null)), StoreCodec.encodeConfig(CompatibilityLevel.FULL));
        state.apply(StoreCodec.encodeKey(StoreKey.mode("a")), StoreCodec.encodeMode(Mode.READONLY));
        assertThat(state.config(null)).contains(CompatibilityLevel.FULL);
        assertThat(state.mode("a")).contains(Mode.READONLY);
        state.apply(StoreCodec.encodeKey(StoreKey.mode("a")), null);
        assertThat(state.mode("a")).isEmpty();
    }

    @Test
    void shouldKeepEveryConfigFieldOfAConfigRecordAcrossAReplay() throws Exception {
        byte[] stored = ("{\"compatibilityLevel\":\"FULL\",\"normalize\":true,\"alias\":\"x\",\"validateFields\":true,"
                + "\"defaultMetadata\":{\"properties\":{\"a\":\"b\"}}}").getBytes(StandardCharsets.UTF_8);

        state.apply(StoreCodec.encodeKey(StoreKey.config("s")), stored);

        SubjectConfig config = state.configEntry("s").orElseThrow();
        assertThat(config.compatibilityLevel()).isEqualTo(CompatibilityLevel.FULL);
        assertThat(config.fields()).containsOnlyKeys(ConfigField.NORMALIZE, ConfigField.ALIAS, ConfigField.VALIDATE_FIELDS,
                ConfigField.DEFAULT_METADATA);
        assertThat(io.newspulse.core.json.Json.mapper().readTree(StoreCodec.encodeConfig(config)))
                .isEqualTo(io.newspulse.core.json.Json.mapper().readTree(stored));
        state.apply(StoreCodec.encodeKey(StoreKey.config("t")), "{\"normalize\":false}".getBytes(StandardCharsets.UTF_8));
        assertThat(state.config("t")).isEmpty();
        assertThat(state.configEntry("t").orElseThrow().fields().get(ConfigField.NORMALIZE).asBoolean()).isFalse();
    }

    @Test
    void shouldSkipUnknownOrUnreadableRecords() {
        state.apply("{\"keytype\":\"NOOP\",\"magic\":0}".getBytes(StandardCharsets.UTF_8), new byte[0]);
        state.apply("not json".getBytes(StandardCharsets.UTF_8), "x".getBytes(StandardCharsets.UTF_8));
        state.apply(StoreCodec.encodeKey(StoreKey.schema("a", 1)), "{broken".getBytes(StandardCharsets.UTF_8));
        assertThat(state.subjects()).isEmpty();
        schema("a", 1, 1, "\"int\"", false);
        assertThat(state.subjects()).containsExactly("a");
    }

    @Test
    void shouldEncodeKeysLikeConfluent() {
        assertThat(new String(StoreCodec.encodeKey(StoreKey.schema("s", 3)), StandardCharsets.UTF_8))
                .isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":3,\"magic\":1}");
        assertThat(new String(StoreCodec.encodeKey(StoreKey.config(null)), StandardCharsets.UTF_8))
                .isEqualTo("{\"keytype\":\"CONFIG\",\"magic\":0}");
    }
}
