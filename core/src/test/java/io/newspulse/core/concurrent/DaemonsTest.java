package io.newspulse.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DaemonsTest {
    @Test
    void shouldRunTaskOnNamedDaemonThread() throws Exception {
        CompletableFuture<Thread> ran = new CompletableFuture<>();
        Daemons.start("step", () -> ran.complete(Thread.currentThread()));
        Thread t = ran.get(10, TimeUnit.SECONDS);
        assertThat(t.getName()).isEqualTo("step");
        assertThat(t.isDaemon()).isTrue();
    }

    @Test
    void shouldRunEachAsyncStepOfExecutorOnItsOwnDaemonThread() throws Exception {
        Thread caller = Thread.currentThread();
        Thread t = CompletableFuture.supplyAsync(Thread::currentThread, Daemons.executor("async-step")).get(10, TimeUnit.SECONDS);
        assertThat(t).isNotSameAs(caller);
        assertThat(t.getName()).isEqualTo("async-step");
        assertThat(t.isDaemon()).isTrue();
    }

    @Test
    void shouldNumberThreadsOfFactoryInOrder() {
        var factory = Daemons.factory("pool");
        Thread first = factory.newThread(() -> { });
        Thread second = factory.newThread(() -> { });
        assertThat(first.getName()).isEqualTo("pool-1");
        assertThat(second.getName()).isEqualTo("pool-2");
        assertThat(first.isDaemon()).isTrue();
        assertThat(second.isAlive()).isFalse();
    }
}
