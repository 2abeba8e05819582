package io.newspulse.producer.source.feed;

import io.newspulse.producer.ids.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Article ids already published from one feed, persisted as one id per line in
 * {@code <data-dir>/producer/feed-seen/<first 16 hex of sha256(feed url)>.txt}, so a re-poll (or a restart)
 * does not republish. Ids are appended only after the caller has confirmed delivery ({@link #commit}).
 */
public final class FeedSeenStore {
    private final Path file;
    private final Set<String> seen = new HashSet<>();

    private FeedSeenStore(Path file) {
        this.file = file;
    }

    /** Opens (and loads) the store of {@code feedRef} under {@code dataDir}. */
    public static FeedSeenStore open(Path dataDir, String feedRef) {
        Path file = dataDir.resolve("producer").resolve("feed-seen").resolve(Sha256.hex(feedRef).substring(0, 16) + ".txt");
        FeedSeenStore store = new FeedSeenStore(file);
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        store.seen.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read feed-seen file " + file, e);
            }
        }
        return store;
    }

    public Path file() {
        return file;
    }

    public boolean contains(String articleId) {
        return seen.contains(articleId);
    }

    public int size() {
        return seen.size();
    }

    /** Records ids as published, in memory and on disk. */
    public void commit(Collection<String> articleIds) {
        List<String> fresh = articleIds.stream().filter(seen::add).toList();
        if (fresh.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, fresh, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write feed-seen file " + file, e);
        }
    }
}
