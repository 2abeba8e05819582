package io.newspulse.producer.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.ArticleDraft;
import io.newspulse.producer.ArticleSink;
import io.newspulse.producer.ArticleSource;
import io.newspulse.producer.ProducerRun;
import io.newspulse.producer.Reject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ProducerRunTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-03T04:05:06.789Z"), ZoneOffset.UTC);

    private final MockProducer<String, ArticleEvent> articles =
            new MockProducer<>(true, null, new StringSerializer(), (topic, value) -> new byte[0]);
    private final MockProducer<String, byte[]> rejects = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());

    private ArticlePublisher publisher() {
        return new ArticlePublisher(articles, props -> rejects, Map.of(), "news.articles", "news.articles.rejected", 4);
    }

    private static ArticleSource source(ArticleDraft... drafts) {
        return new ArticleSource() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public void readInto(ArticleSink sink) {
                for (ArticleDraft d : drafts) {
                    sink.article(d);
                }
                sink.reject(new Reject("test", "in.jsonl", 7, "missing \"id\"", "{\"body\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
            }
        };
    }

    private static ArticleDraft draft(String title) {
        return new ArticleDraft("seeds", null, null, null, title, "The body of " + title + " is long enough.", null, null, Map.of());
    }

    private static ProgressReporter quietProgress() {
        return new ProgressReporter(null, -1, Duration.ofHours(1), System::nanoTime);
    }

    @Test
    void shouldPublishKeyedEventsSkipSameIdAndSendRejectsWithHeaders() throws Exception {
        ArticlePublisher publisher = publisher();
        RunSummary summary = new ProducerRun(publisher, CLOCK, quietProgress()).run(List.of(source(draft("A"), draft("B"), draft("A"))));
        publisher.close();

        assertThat(summary.sent()).isEqualTo(2);
        assertThat(summary.duplicatesSkipped()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(1);
        List<ProducerRecord<String, ArticleEvent>> sent = articles.history();
        assertThat(sent).hasSize(2).allSatisfy(r -> {
            assertThat(r.topic()).isEqualTo("news.articles");
            assertThat(r.key()).isEqualTo(r.value().getId()).hasSize(16);
            assertThat(r.value().getIngestedAt()).isEqualTo(CLOCK.instant());
            assertThat(r.value().getLanguage()).isEqualTo("en");
            assertThat(r.value().getContentHash()).hasSize(64);
        });
        ProducerRecord<String, byte[]> reject = rejects.history().get(0);
        assertThat(reject.topic()).isEqualTo("news.articles.rejected");
        assertThat(reject.key()).isEqualTo("in.jsonl:7");
        assertThat(reject.value()).hasSize(4);
        assertThat(new String(reject.headers().lastHeader(ArticlePublisher.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("missing \"id\"");
        assertThat(new String(reject.headers().lastHeader(ArticlePublisher.LINE_HEADER).value(), StandardCharsets.UTF_8)).isEqualTo("7");
        assertThat(new String(reject.headers().lastHeader(ArticlePublisher.SOURCE_HEADER).value(), StandardCharsets.UTF_8)).isEqualTo("test");
    }

    @Test
    void shouldReportDeliveryFailureAfterFlushing() {
        MockProducer<String, ArticleEvent> failing = new MockProducer<>(false, null, new StringSerializer(), (t, v) -> new byte[0]) {
            @Override
            public synchronized void flush() {
                while (errorNext(new TimeoutException("Expiring 1 record(s): broker unreachable"))) {
                    // fail every pending send
                }
            }
        };
        ArticlePublisher publisher = new ArticlePublisher(failing, props -> rejects, Map.of(), "a", "r", 10);
        ProducerRun run = new ProducerRun(publisher, CLOCK, quietProgress());
        assertThatThrownBy(() -> run.run(List.of(source(draft("A"), draft("B")))))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("2 record(s) could not be written")
                .hasMessageContaining("broker unreachable");
    }

    @Test
    void shouldRenderProgressBarWithRateAndEta() {
        long[] now = {0};
        ProgressReporter p = new ProgressReporter(null, 100, Duration.ofSeconds(1), () -> now[0]);
        now[0] = 2_000_000_000L;
        assertThat(p.render(50, now[0])).isEqualTo("[" + "#".repeat(15) + ".".repeat(15) + "] 50/100 25.0/s ETA 0:02");
        assertThat(new ProgressReporter(null, -1, Duration.ofSeconds(1), () -> 0L).render(10, 1_000_000_000L)).isEqualTo("10 articles 10.0/s");
    }

    @Test
    void shouldSummariseRates() {
        RunSummary s = new RunSummary(100, 2, 3, 2 * 1_048_576, Duration.ofSeconds(2));
        assertThat(s.articlesPerSecond()).isEqualTo(50.0);
        assertThat(s.describe()).isEqualTo("sent=100 rejected=2 duplicates-skipped=3 articles/s=50.0 MB/s=1.00 elapsed=2.00s");
    }

    @Test
    void shouldCountTheCharsetOfTheArticlesInTheSummary() throws Exception {
        ArticleSource mixed = new ArticleSource() {
            @Override
            public String name() {
                return "dir:test";
            }

            @Override
            public void readInto(ArticleSink sink) {
                String[] charsets = {"UTF-8", "Shift_JIS", "UTF-8", "EUC-JP"};
                for (int i = 0; i < charsets.length; i++) {
                    sink.article(new ArticleDraft("seeds", null, null, null, "T" + i, "Body number " + i + " of the test.", null, null,
                            Map.of("charset", charsets[i])));
                }
            }
        };
        RunSummary summary = new ProducerRun(publisher(), CLOCK, quietProgress()).run(List.of(mixed));
        assertThat(summary.describe()).contains(" charsets=UTF-8:2,EUC-JP:1,Shift_JIS:1");
    }

    @Test
    void shouldStopAnEndlessSourceOnRequestAndSayHowManyArticlesWereNotSent() throws Exception {
        MockProducer<String, ArticleEvent> slow = new MockProducer<>(false, null, new StringSerializer(), (t, v) -> new byte[0]);
        ArticlePublisher publisher = new ArticlePublisher(slow, props -> rejects, Map.of(), "a", "r", 10);
        ProducerRun run = new ProducerRun(publisher, CLOCK, quietProgress(), Duration.ofMillis(50));
        ArticleSource endless = new ArticleSource() {
            @Override
            public String name() {
                return "endless";
            }

            @Override
            public void readInto(ArticleSink sink) {
                for (int i = 0; !sink.stopping(); i++) {
                    sink.article(draft("Article " + i));
                    if (i == 2) {
                        slow.completeNext();
                    }
                    if (i == 4) {
                        run.requestStop(); // what Ctrl-C does, from the shutdown hook's thread
                    }
                }
            }
        };
        RunSummary summary = run.run(List.of(endless));
        assertThat(summary.sent()).isEqualTo(5);
        assertThat(summary.notSent()).isEqualTo(4);
        assertThat(summary.describe()).contains("stopped: not-sent=4");
        publisher.close();
    }
}
