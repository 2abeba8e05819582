package io.newspulse.registry.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.newspulse.registry.store.InMemorySchemaStore;
import io.newspulse.registry.store.RegistryState;
import io.newspulse.registry.store.SchemaStore;
import org.junit.jupiter.api.Test;

/** The registry's HTTP layer starts beside the store's catch-up: early requests wait, a failed catch-up stops both. */
class RegistryStartTest {
    @Test
    void shouldAnswerARequestThatArrivesBeforeTheStoreHasCaughtUpOnceItHas() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        int port = freePort();
        SchemaRegistryServer server = new SchemaRegistryServer(config(port), new SlowStore(release, null));
        CompletableFuture<Void> started = CompletableFuture.runAsync(server::start);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> listens(port));
            CompletableFuture<HttpResponse<String>> early = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/subjects")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(started).isNotDone();
            release.countDown();
            started.get(30, TimeUnit.SECONDS);
            HttpResponse<String> answer = early.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("[]");
        } finally {
            release.countDown();
            server.close();
        }
    }

    @Test
    void shouldThrowTheStoresOwnErrorAndFreeThePortWhenTheCatchUpFails() throws Exception {
        int port = freePort();
        IllegalStateException failure = new IllegalStateException("the _schemas topic is unreadable");
        SchemaRegistryServer server = new SchemaRegistryServer(config(port), new SlowStore(new CountDownLatch(0), failure));
        assertThatThrownBy(server::start).isSameAs(failure);
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    private static SchemaRegistryConfig config(int port) {
        return new SchemaRegistryConfig(Map.of(SchemaRegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS, "unused:9092",
                SchemaRegistryConfig.LISTENERS, "http://127.0.0.1:" + port));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listens(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The in-memory store, whose start waits for {@code release} and then fails with {@code failure} if given. */
    private static final class SlowStore implements SchemaStore {
        private final InMemorySchemaStore delegate = new InMemorySchemaStore();
        private final CountDownLatch release;
        private final RuntimeException failure;

        SlowStore(CountDownLatch release, RuntimeException failure) {
            this.release = release;
            this.failure = failure;
        }

        @Override
        public void start() {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (failure != null) {
                throw failure;
            }
            delegate.start();
        }

        @Override
        public RegistryState state() {
            return delegate.state();
        }

        @Override
        public void write(byte[] key, byte[] value) {
            delegate.write(key, value);
        }

        @Override
        public void catchUp() {
            delegate.catchUp();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
