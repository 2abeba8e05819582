package io.newspulse.producer.publish;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.producer.Reject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link ArticleEvent}s to {@code news.articles} keyed by id (Avro, Confluent wire format, through
 * {@value NewsProducerConfig#VALUE_SERIALIZER}) and rejects to {@code news.articles.rejected} (raw bytes, headers
 * {@value #REASON_HEADER}, {@value #SOURCE_HEADER}, {@value #LINE_HEADER}; key = {@code ref[:line]}).
 * Sends are asynchronous; the first failure is kept and thrown as {@link PublishException} by {@link #flush()} or
 * {@link #close()}, after everything else in flight has been flushed, so a run ends either fully delivered or
 * with a clear error. Time-outs are bounded by {@code delivery.timeout.ms} and {@code max.block.ms}.
 * <p>On a stop request ({@link #stop(Duration)}, or a {@link #close()} whose flush is interrupted) the in-flight
 * records get a bounded time to be delivered; the producers are then closed and whatever is still pending is
 * dropped: the "Producer is closed forcefully" failures that causes are expected, not logged as errors, and the
 * number of records not delivered is logged once and returned.
 */
public final class ArticlePublisher implements ArticleOutput {
    public static final String REASON_HEADER = "newspulse.reject.reason";
    public static final String SOURCE_HEADER = "newspulse.reject.source";
    public static final String LINE_HEADER = "newspulse.reject.line";
    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);

    private final Producer<String, ArticleEvent> articles;
    private final Function<Map<String, Object>, Producer<String, byte[]>> rejectFactory;
    private final Map<String, Object> rejectProps;
    private Producer<String, byte[]> rejects;
    private final String articleTopic;
    private final String rejectTopic;
    private final int rejectMaxBytes;
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    /** Records (articles and rejects) handed to a producer, and those the broker confirmed. */
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private volatile boolean stopping;
    private boolean closed;

    /** A publisher with real Kafka producers built from {@code config}. */
    public ArticlePublisher(NewsProducerConfig config) {
        this(new KafkaProducer<>(config.kafkaProperties()), KafkaProducer::new, config.rejectKafkaProperties(),
                config.topics().articles(), config.topics().articlesRejected(), config.rejectMaxBytes());
    }

    /** For tests: the given producers (e.g. Kafka's {@code MockProducer}). */
    public ArticlePublisher(Producer<String, ArticleEvent> articles, Function<Map<String, Object>, Producer<String, byte[]>> rejectFactory,
                            Map<String, Object> rejectProps, String articleTopic, String rejectTopic, int rejectMaxBytes) {
        this.articles = articles;
        this.rejectFactory = rejectFactory;
        this.rejectProps = rejectProps;
        this.articleTopic = articleTopic;
        this.rejectTopic = rejectTopic;
        this.rejectMaxBytes = rejectMaxBytes;
    }

    @Override
    public long send(ArticleEvent article) {
        try {
            articles.send(new ProducerRecord<>(articleTopic, article.getId(), article), (metadata, e) -> {
                if (e == null) {
                    acknowledged.incrementAndGet();
                    delivered.incrementAndGet();
                } else {
                    fail(e);
                }
            });
            submitted.incrementAndGet();
        } catch (KafkaException | IllegalStateException e) {
            fail(e);
            throw failure("cannot send article " + article.getId());
        }
        return approximateBytes(article);
    }

    @Override
    public void reject(Reject reject) {
        if (rejects == null) {
            rejects = rejectFactory.apply(rejectProps);
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON_HEADER, reject.reason().getBytes(StandardCharsets.UTF_8));
        headers.add(SOURCE_HEADER, reject.source().getBytes(StandardCharsets.UTF_8));
        headers.add(LINE_HEADER, Long.toString(reject.line()).getBytes(StandardCharsets.UTF_8));
        byte[] raw = reject.raw().length > rejectMaxBytes ? Arrays.copyOf(reject.raw(), rejectMaxBytes) : reject.raw();
        String key = reject.ref() + (reject.line() > 0 ? ":" + reject.line() : "");
        try {
            rejects.send(new ProducerRecord<>(rejectTopic, null, key, raw, headers), (metadata, e) -> {
                if (e == null) {
                    delivered.incrementAndGet();
                } else {
                    fail(e);
                }
            });
            submitted.incrementAndGet();
        } catch (KafkaException | IllegalStateException e) {
            fail(e);
            throw failure("cannot send reject of " + key);
        }
    }

    /** Articles the broker has acknowledged so far. */
    public long acknowledged() {
        return acknowledged.get();
    }

    @Override
    public void flush() {
        articles.flush();
        if (rejects != null) {
            rejects.flush();
        }
        if (firstFailure.get() != null) {
            throw failure(failures.get() + " record(s) could not be written");
        }
    }

    /**
     * Flushes and closes. When the flush is interrupted (the thread was interrupted, e.g. on Ctrl-C), stops instead:
     * see {@link #stop(Duration)}, with {@link io.newspulse.producer.ProducerRun#DEFAULT_STOP_TIMEOUT}; the
     * interrupt status is kept. Does nothing after {@link #stop(Duration)}.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        boolean stopped = false;
        try {
            flush();
        } catch (InterruptException e) {
            stopped = true;
            stop(io.newspulse.producer.ProducerRun.DEFAULT_STOP_TIMEOUT);
            Thread.currentThread().interrupt();
        } finally {
            if (!stopped) {
                closed = true;
                articles.close();
                if (rejects != null) {
                    rejects.close();
                }
            }
        }
    }

    /**
     * Stops: gives the records in flight up to {@code timeout} to be delivered, then closes the producers (Kafka
     * aborts what is still pending), quietly. Returns, and logs once, how many records were not delivered.
     */
    @Override
    public long stop(Duration timeout) {
        if (closed) {
            return submitted.get() - delivered.get();
        }
        stopping = true;
        closed = true;
        // a pending interrupt would make KafkaProducer.close() give up at once and log an error of its own
        boolean interrupted = Thread.interrupted();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            articles.close(remaining(deadline));
            if (rejects != null) {
                rejects.close(remaining(deadline));
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        long notSent = submitted.get() - delivered.get();
        if (notSent > 0) {
            LOG.warn("Stopped: {} record(s) in flight were not sent (not delivered within {} ms)", notSent, timeout.toMillis());
        } else {
            LOG.info("Stopped: every record was delivered, 0 record(s) not sent");
        }
        return notSent;
    }

    private static Duration remaining(long deadlineNanos) {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    private void fail(Exception e) {
        failures.incrementAndGet();
        if (stopping) {
            LOG.debug("Dropped on stop: {}", e.toString());
            return;
        }
        if (firstFailure.compareAndSet(null, e)) {
            LOG.error("Publishing failed: {}", e.toString());
        }
    }

    private PublishException failure(String what) {
        Exception cause = firstFailure.get();
        Throwable root = cause;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new PublishException(what + ": " + (root == null ? "unknown error" : root.getMessage()), cause);
    }

    static long approximateBytes(ArticleEvent a) {
        long n = a.getBody().length() + (a.getTitle() == null ? 0 : a.getTitle().length()) + a.getId().length()
                + a.getSource().length() + (a.getUrl() == null ? 0 : a.getUrl().length()) + 96;
        // non-ASCII text (Japanese) is ~3 bytes per char in UTF-8
        return hasNonAscii(a.getBody(), 256) ? n * 3 : n;
    }

    private static boolean hasNonAscii(CharSequence text, int limit) {
        for (int i = 0, end = Math.min(limit, text.length()); i < end; i++) {
            if (text.charAt(i) > 0x7F) {
                return true;
            }
        }
        return false;
    }
}
