package io.newspulse.registry.server;

import io.newspulse.registry.server.HttpCalls.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BasicAuthTest {
    private SchemaRegistryServer server;

    @BeforeEach
    void start() {
        server = InMemoryRegistry.start(Map.of(SchemaRegistryConfig.BASIC_AUTH_USER_INFO, "alice:s3cret"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldRejectRequestsWithoutOrWithWrongCredentials() {
        Answer none = new HttpCalls(server.url()).get("/subjects");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.errorCode()).isEqualTo(401);
        assertThat(new HttpCalls(server.url(), "alice:wrong").get("/subjects").status()).isEqualTo(401);
    }

    @Test
    void shouldServeRequestsWithValidCredentials() {
        Answer ok = new HttpCalls(server.url(), "alice:s3cret").get("/subjects");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().isArray()).isTrue();
    }
}
