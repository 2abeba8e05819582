package io.newspulse.registry.service;

import io.newspulse.registry.model.CompatibilityLevel;
import io.newspulse.registry.model.RegistryException;
import io.newspulse.registry.model.SchemaRequest;
import io.newspulse.registry.store.InMemorySchemaStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompatibilityMatrixTest {
    private static final Map<String, String> SCHEMAS = Map.of(
            "base", record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"int\"}"),
            "addWithDefault", record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"int\"},"
                    + "{\"name\":\"x\",\"type\":\"string\",\"default\":\"\"}"),
            "addNoDefault", record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"int\"},"
                    + "{\"name\":\"x\",\"type\":\"string\"}"),
            "removeField", record("{\"name\":\"id\",\"type\":\"string\"}"),
            "intToString", record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"string\"}"),
            "intToLong", record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"long\"}"),
            "baseWithDefault", record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"int\","
                    + "\"default\":0}"));

    private static String record(String fields) {
        return "{\"type\":\"record\",\"name\":\"R\",\"namespace\":\"m\",\"fields\":[" + fields + "]}";
    }

    @ParameterizedTest(name = "{0} -> {1}: NONE={2} BACKWARD={3} FORWARD={4} FULL={5}")
    @CsvSource({
            "base,           addWithDefault, true, true,  true,  true",
            "base,           addNoDefault,   true, false, true,  false",
            "base,           removeField,    true, true,  false, false",
            "baseWithDefault, removeField,   true, true,  true,  true",
            "base,           intToString,    true, false, false, false",
            "base,           intToLong,      true, true,  false, false",
    })
    void shouldApplyEachLevelToASchemaChange(String from, String to, boolean none, boolean backward,
                                             boolean forward, boolean full) {
        assertOutcome(CompatibilityLevel.NONE, from, to, none);
        assertOutcome(CompatibilityLevel.BACKWARD, from, to, backward);
        assertOutcome(CompatibilityLevel.BACKWARD_TRANSITIVE, from, to, backward);
        assertOutcome(CompatibilityLevel.FORWARD, from, to, forward);
        assertOutcome(CompatibilityLevel.FORWARD_TRANSITIVE, from, to, forward);
        assertOutcome(CompatibilityLevel.FULL, from, to, full);
        assertOutcome(CompatibilityLevel.FULL_TRANSITIVE, from, to, full);
    }

    private static void assertOutcome(CompatibilityLevel level, String from, String to, boolean compatible) {
        SchemaRegistryService service = new SchemaRegistryService(new InMemorySchemaStore(), level);
        service.register("s", SchemaRequest.of(SCHEMAS.get(from)), false);
        SchemaRequest next = SchemaRequest.of(SCHEMAS.get(to));
        assertThat(service.testCompatibility("s", null, next)).as(level + " " + from + "->" + to)
                .matches(messages -> messages.isEmpty() == compatible);
        if (compatible) {
            assertThat(service.register("s", next, false).version()).isEqualTo(2);
        } else {
            assertThatThrownBy(() -> service.register("s", next, false)).isInstanceOf(RegistryException.class)
                    .matches(e -> ((RegistryException) e).errorCode() == 409);
        }
    }

    @ParameterizedTest(name = "{0} accepts third version: {1}")
    @CsvSource({"BACKWARD, true", "BACKWARD_TRANSITIVE, false"})
    void shouldCheckOnlyTheLatestVersionUnlessTransitive(CompatibilityLevel level, boolean accepted) {
        SchemaRegistryService service = new SchemaRegistryService(new InMemorySchemaStore(), level);
        service.register("s", SchemaRequest.of(SCHEMAS.get("base")), false);
        service.register("s", SchemaRequest.of(SCHEMAS.get("addWithDefault")), false);
        SchemaRequest third = SchemaRequest.of(SCHEMAS.get("addNoDefault"));
        assertThat(service.testCompatibility("s", null, third).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "soft-deleted versions are ignored by {0}")
    @CsvSource({"BACKWARD_TRANSITIVE"})
    void shouldIgnoreSoftDeletedVersions(CompatibilityLevel level) {
        SchemaRegistryService service = new SchemaRegistryService(new InMemorySchemaStore(), level);
        service.register("s", SchemaRequest.of(SCHEMAS.get("base")), false);
        service.register("s", SchemaRequest.of(SCHEMAS.get("intToLong")), false);
        SchemaRequest next = SchemaRequest.of(SCHEMAS.get("intToString"));
        assertThat(service.testCompatibility("s", null, next)).isNotEmpty();
        service.deleteSubject("s", false);
        assertThat(service.register("s", next, false).version()).isEqualTo(3);
    }
}
