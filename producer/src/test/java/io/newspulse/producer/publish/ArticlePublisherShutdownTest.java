package io.newspulse.producer.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.ArticleFactory;
import io.newspulse.producer.ArticleDraft;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The publisher's close path when the run is stopped (Ctrl-C) with a batch still in flight. */
class ArticlePublisherShutdownTest {
    private static final ArticleFactory FACTORY = new ArticleFactory(Clock.fixed(Instant.parse("2025-02-03T04:05:06Z"), ZoneOffset.UTC));

    /** Like KafkaProducer: close() aborts whatever was not delivered with "Producer is closed forcefully.". */
    static final class ForcedCloseProducer extends MockProducer<String, ArticleEvent> {
        ForcedCloseProducer() {
            super(false, null, new StringSerializer(), (topic, value) -> new byte[0]);
        }

        @Override
        public void close(Duration timeout) {
            while (errorNext(new KafkaException("Producer is closed forcefully."))) {
                // abort every incomplete batch
            }
            super.close(timeout);
        }

        @Override
        public void close() {
            close(Duration.ofMillis(Long.MAX_VALUE));
        }
    }

    private final ForcedCloseProducer articles = new ForcedCloseProducer();
    private final MockProducer<String, byte[]> rejects = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger publisherLog = (Logger) LoggerFactory.getLogger(ArticlePublisher.class);

    @BeforeEach
    void captureLog() {
        log.start();
        publisherLog.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        publisherLog.detachAppender(log);
        Thread.interrupted();
    }

    private ArticlePublisher publisherWithThreeSentAndOneDelivered() {
        ArticlePublisher publisher = new ArticlePublisher(articles, props -> rejects, Map.of(), "news.articles", "news.articles.rejected", 100);
        for (String title : new String[] {"A", "B", "C"}) {
            publisher.send(FACTORY.toEvent(new ArticleDraft("t", null, null, null, title, "Body of article " + title + ".", "en", null, Map.of())));
        }
        articles.completeNext();
        return publisher;
    }

    private long errors() {
        return log.list.stream().filter(e -> e.getLevel() == Level.ERROR).count();
    }

    @Test
    void shouldDropTheInFlightBatchQuietlyAndCountItWhenTheFlushIsInterrupted() {
        ArticlePublisher publisher = publisherWithThreeSentAndOneDelivered();
        // what KafkaProducer.flush() throws on a thread that was interrupted (the demo's feed on Ctrl-C)
        articles.flushException = new InterruptException("Flush interrupted.");

        assertThatCode(publisher::close).doesNotThrowAnyException();

        assertThat(errors()).as("no ERROR for records dropped on shutdown: %s", log.list).isZero();
        assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("2 record(s)").contains("not sent"));
        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
    }

    @Test
    void shouldStopWithinTheTimeoutAndSayHowManyWereNotSent() {
        ArticlePublisher publisher = publisherWithThreeSentAndOneDelivered();

        long notSent = publisher.stop(Duration.ofMillis(50));

        assertThat(notSent).isEqualTo(2);
        assertThat(articles.closed()).isTrue();
        assertThat(errors()).as("no ERROR for records dropped on shutdown: %s", log.list).isZero();
        assertThatCode(publisher::close).as("close after stop is a no-op").doesNotThrowAnyException();
    }
}
