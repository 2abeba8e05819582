package io.newspulse.registry.server;

import io.newspulse.registry.model.RegistryException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouterTest {
    private final Router router = new Router()
            .add("GET", "/subjects/{subject}/versions/{version}", req -> "get")
            .add("DELETE", "/subjects/{subject}", req -> "delete");

    @Test
    void shouldDecodePathParametersKeepingPlusSigns() {
        Router.Match m = router.route("GET", "/subjects/a%20b%3Ac+d.%E6%97%A5/versions/latest/");
        assertThat(m.params()).isEqualTo(Map.of("subject", "a b:c+d.日", "version", "latest"));
    }

    @Test
    void shouldDistinguishUnknownPathsFromWrongMethods() {
        assertThatThrownBy(() -> router.route("GET", "/associations/x")).isInstanceOfSatisfying(
                RegistryException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> router.route("POST", "/subjects/x")).isInstanceOfSatisfying(
                RegistryException.class, e -> assertThat(e.status()).isEqualTo(405));
    }

    @Test
    void shouldParseRepeatedQueryParametersWithPlusAsSpace() {
        Map<String, List<String>> q = RegistryHttpHandler.parseQuery("key=a+b&key=c%2Bd&flag");
        assertThat(q.get("key")).containsExactly("a b", "c+d");
        assertThat(q.get("flag")).containsExactly("");
    }
}
