package io.newspulse.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DeadLettersTest {
    @Test
    void shouldCutHugeValuesSoTheDeadLetterCanBeWritten() {
        byte[] huge = new byte[10 * 1024 * 1024];
        ProducerRecord<byte[], byte[]> r = DeadLetters.record("dlq", "validation", "k".getBytes(StandardCharsets.UTF_8), huge,
                "news.articles", 0, 7, "validate-article", new InvalidArticleException("too big")).get(0);
        assertThat(r.value()).hasSize(DeadLetters.MAX_VALUE_BYTES);
        assertThat(new String(r.headers().lastHeader(DeadLetters.H_VALUE_BYTES).value(), StandardCharsets.UTF_8))
                .isEqualTo(String.valueOf(huge.length));
    }

    @Test
    void shouldKeepSmallValuesWhole() {
        byte[] small = {1, 2, 3};
        ProducerRecord<byte[], byte[]> r = DeadLetters.record("dlq", "deserialization", null, small,
                "news.articles", 1, 2, null, new IllegalStateException("bad")).get(0);
        assertThat(r.value()).containsExactly(1, 2, 3);
        assertThat(r.headers().lastHeader(DeadLetters.H_VALUE_BYTES)).isNull();
    }
}
