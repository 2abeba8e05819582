package io.newspulse.producer.source;

import com.rometools.rome.feed.synd.SyndEntry;
import io.newspulse.producer.ArticleDraft;
import io.newspulse.producer.ArticleSink;
import io.newspulse.producer.ArticleSource;
import io.newspulse.producer.Reject;
import io.newspulse.producer.ids.ArticleIds;
import io.newspulse.producer.source.feed.DecodedFeed;
import io.newspulse.producer.source.feed.FeedDecoder;
import io.newspulse.producer.source.feed.FeedException;
import io.newspulse.producer.source.feed.FeedFetcher;
import io.newspulse.producer.source.feed.FeedItemMapper;
import io.newspulse.producer.source.feed.FeedSeenStore;
import io.newspulse.producer.source.feed.SecureFeedParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 from a URL, a file, or every {@code *.xml|*.rss|*.rdf|*.atom} file of a
 * directory, read with ROME behind {@link FeedDecoder} (encodings, gzip) and {@link SecureFeedParser}
 * (no DTD loading, no entities). A feed that cannot be read becomes one {@link Reject} naming the file and the
 * cause; other feeds of the run go on. An entry with neither title nor text is rejected on its own.
 * <p>With a data directory, ids already published from a feed are remembered in a {@link FeedSeenStore} and
 * skipped on the next poll or run. With a poll interval, {@link #readInto} polls until {@link #stop()} or
 * interruption; without, it reads once.
 */
public final class FeedSource implements ArticleSource {
    private static final Logger LOG = LoggerFactory.getLogger(FeedSource.class);
    private static final int REJECT_SAMPLE_BYTES = 64 * 1024;

    private final String ref;
    private final Path dataDir;
    private final Duration pollInterval;
    private final FeedFetcher fetcher = new FeedFetcher();
    private final FeedDecoder decoder = new FeedDecoder();
    private final SecureFeedParser parser = new SecureFeedParser();
    private final FeedItemMapper mapper = new FeedItemMapper();
    private final Map<String, FeedSeenStore> stores = new HashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private long skippedAsSeen;

    /**
     * @param ref          feed URL, file or directory of feed files
     * @param dataDir      data directory for the "seen" sets, or null to keep none
     * @param pollInterval time between polls, or null/zero to read once
     */
    public FeedSource(String ref, Path dataDir, Duration pollInterval) {
        this.ref = ref;
        this.dataDir = dataDir;
        this.pollInterval = pollInterval == null || pollInterval.isZero() || pollInterval.isNegative() ? null : pollInterval;
    }

    /** What one feed document yields. */
    public record FeedRead(List<ArticleDraft> articles, List<Reject> rejects, List<String> repairs, int entries) {
    }

    @Override
    public String name() {
        return "feed:" + ref;
    }

    /** Items skipped because an earlier poll or run already published them. */
    public long skippedAsSeen() {
        return skippedAsSeen;
    }

    /** Ends the poll loop after the current poll. */
    public void stop() {
        stopped.countDown();
    }

    @Override
    public void readInto(ArticleSink sink) throws IOException {
        do {
            pollOnce(sink);
            if (pollInterval == null) {
                return;
            }
            try {
                if (stopped.await(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (!Thread.currentThread().isInterrupted());
    }

    private void pollOnce(ArticleSink sink) throws IOException {
        for (String feed : feedRefs()) {
            byte[] bytes;
            try {
                bytes = fetcher.fetch(feed);
            } catch (IOException e) {
                if (!feed.equals(ref) || pollInterval != null) {
                    sink.reject(new Reject(name(), feed, 0, "cannot fetch feed: " + e.getMessage(), new byte[0]));
                    continue;
                }
                throw e;
            }
            FeedRead read;
            try {
                read = read(feed, bytes);
            } catch (FeedException e) {
                LOG.warn("{}: {}", feed, e.getMessage());
                sink.reject(new Reject(name(), feed, 0, fileName(feed) + ": " + e.getMessage(),
                        Arrays.copyOf(bytes, Math.min(bytes.length, REJECT_SAMPLE_BYTES))));
                continue;
            }
            emit(feed, read, sink);
        }
    }

    private void emit(String feed, FeedRead read, ArticleSink sink) {
        if (!read.repairs().isEmpty()) {
            LOG.warn("{}: read leniently: {}", feed, String.join("; ", read.repairs()));
        }
        if (read.entries() == 0) {
            LOG.info("{}: feed has no items", feed);
        }
        FeedSeenStore store = dataDir == null ? null : stores.computeIfAbsent(feed, f -> FeedSeenStore.open(dataDir, f));
        List<String> published = new ArrayList<>();
        for (ArticleDraft draft : read.articles()) {
            String id = ArticleIds.of(draft);
            if (store != null && store.contains(id)) {
                skippedAsSeen++;
                continue;
            }
            sink.article(draft);
            published.add(id);
        }
        read.rejects().forEach(sink::reject);
        if (store != null && !published.isEmpty()) {
            sink.checkpoint();
            store.commit(published);
        }
    }

    /** Decodes, parses and maps one feed document (no fetching, no "seen" filtering). */
    public FeedRead read(String feedRef, byte[] bytes) throws FeedException {
        DecodedFeed decoded = decoder.decode(bytes);
        SecureFeedParser.Parsed parsed = parser.parse(decoded.xml());
        List<String> repairs = new ArrayList<>(decoded.repairs());
        repairs.addAll(parsed.repairs());
        List<ArticleDraft> articles = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        int index = 0;
        for (SyndEntry entry : parsed.feed().getEntries()) {
            index++;
            var draft = mapper.map(parsed.feed(), entry, feedRef);
            if (draft.isPresent()) {
                articles.add(draft.get());
            } else {
                rejects.add(new Reject(name(), feedRef, 0, "feed item " + index + " has neither title nor text", new byte[0]));
            }
        }
        return new FeedRead(articles, rejects, repairs, parsed.feed().getEntries().size());
    }

    /** How many external entity/DTD resolutions the parser attempted (they are all answered with nothing). */
    public int externalResolutions() {
        return parser.externalResolutions();
    }

    private List<String> feedRefs() throws IOException {
        if (FeedFetcher.isUrl(ref) || !Files.isDirectory(Path.of(ref))) {
            return List.of(ref);
        }
        try (Stream<Path> files = Files.list(Path.of(ref))) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(xml|rss|rdf|atom)$"))
                    .sorted().map(Path::toString).toList();
        }
    }

    private static String fileName(String feed) {
        int slash = Math.max(feed.lastIndexOf('/'), feed.lastIndexOf('\\'));
        return slash >= 0 && slash < feed.length() - 1 && !FeedFetcher.isUrl(feed) ? feed.substring(slash + 1) : feed;
    }
}
