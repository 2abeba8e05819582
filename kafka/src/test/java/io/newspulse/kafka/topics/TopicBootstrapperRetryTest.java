package io.newspulse.kafka.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.internals.KafkaFutureImpl;
import org.junit.jupiter.api.Test;

class TopicBootstrapperRetryTest {
    private static long inSeconds(int seconds) {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    }

    private static <T> KafkaFuture<T> failed(Throwable cause) {
        KafkaFutureImpl<T> future = new KafkaFutureImpl<>();
        future.completeExceptionally(cause);
        return future;
    }

    @Test
    void shouldRetryATopicAnotherBrokerDoesNotKnowYet() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String answer = TopicBootstrapper.retrying(() -> calls.incrementAndGet() < 3
                ? failed(new UnknownTopicOrPartitionException("This server does not host this topic-partition."))
                : KafkaFuture.completedFuture("described"), inSeconds(30));
        assertThat(answer).isEqualTo("described");
        assertThat(calls).hasValue(3);
    }

    @Test
    void shouldFailAtOnceOnAnErrorThatIsNotRetriable() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> TopicBootstrapper.retrying(() -> {
            calls.incrementAndGet();
            return failed(new TopicAuthorizationException("denied"));
        }, inSeconds(30))).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void shouldGiveUpOnARetriableErrorAtTheDeadline() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> TopicBootstrapper.retrying(() -> {
            calls.incrementAndGet();
            return failed(new UnknownTopicOrPartitionException("never known"));
        }, inSeconds(2))).isInstanceOf(TimeoutException.class).hasMessageContaining("never known");
        assertThat(calls.get()).as("tries within 2 s, waiting 50 ms doubling to 1 s in between").isBetween(2, 8);
    }
}
