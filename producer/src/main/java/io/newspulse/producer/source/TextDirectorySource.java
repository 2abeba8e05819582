package io.newspulse.producer.source;

import io.newspulse.producer.ArticleDraft;
import io.newspulse.producer.ArticleSink;
import io.newspulse.producer.ArticleSource;
import io.newspulse.producer.Reject;
import io.newspulse.producer.text.CleanedText;
import io.newspulse.producer.text.DateFinder;
import io.newspulse.producer.text.PageTextCleaner;
import io.newspulse.producer.text.TextDecoder;
import io.newspulse.producer.lang.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every matching file (default {@code *.txt}, sorted by name, not recursive) of a directory as one
 * article: charset from a byte-order mark or detected by {@link TextDecoder} (or forced), recorded in the
 * article's {@code charset} attribute; page junk stripped by {@link PageTextCleaner}, language by
 * {@link LanguageDetector}, first date in the text by {@link DateFinder}. Rejects: binary data or bytes no charset
 * decodes cleanly, empty body, file larger than {@code maxArticleBytes}, unreadable file.
 */
public final class TextDirectorySource implements ArticleSource {
    private static final Logger LOG = LoggerFactory.getLogger(TextDirectorySource.class);
    /** Raw bytes kept in a reject of an over-size file. */
    static final int REJECT_SAMPLE_BYTES = 64 * 1024;

    private final Path dir;
    private final long maxArticleBytes;
    private final PathMatcher matcher;
    private final String sourceName;
    private final PageTextCleaner cleaner = new PageTextCleaner();
    private final LanguageDetector languages = new LanguageDetector();
    private final DateFinder dates = new DateFinder();
    private final TextDecoder decoder;

    /** Reads {@code *.txt} files of {@code dir}. */
    public TextDirectorySource(Path dir, long maxArticleBytes) {
        this(dir, maxArticleBytes, "*.txt");
    }

    public TextDirectorySource(Path dir, long maxArticleBytes, String glob) {
        this(dir, maxArticleBytes, glob, null);
    }

    /** Reads the files matching {@code glob}, all in {@code encoding}, or detecting each file's charset when it is null. */
    public TextDirectorySource(Path dir, long maxArticleBytes, String glob, Charset encoding) {
        this.decoder = new TextDecoder(encoding);
        this.dir = dir;
        this.maxArticleBytes = maxArticleBytes;
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        Path fileName = dir.toAbsolutePath().normalize().getFileName();
        this.sourceName = fileName == null ? "files" : fileName.toString();
    }

    @Override
    public String name() {
        return "dir:" + dir;
    }

    @Override
    public void readInto(ArticleSink sink) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a directory: " + dir);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        }
        LOG.info("Reading {} files from {}", files.size(), dir);
        for (Path file : files) {
            readFile(file, sink);
        }
    }

    private void readFile(Path file, ArticleSink sink) {
        String ref = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxArticleBytes) {
                sink.reject(new Reject(name(), ref, 0, "file of " + size + " bytes exceeds max.article.bytes=" + maxArticleBytes, head(file)));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            TextDecoder.Decoded decoded;
            try {
                decoded = decoder.decode(bytes);
            } catch (TextDecoder.UndecodableException e) {
                sink.reject(new Reject(name(), ref, 0, e.getMessage(), bytes));
                return;
            }
            CleanedText cleaned = cleaner.clean(decoded.text());
            if (cleaned.body().isBlank()) {
                sink.reject(new Reject(name(), ref, 0, "empty body after removing navigation junk", bytes));
                return;
            }
            String language = languages.detect(cleaned.body());
            String all = cleaned.title() == null ? cleaned.body() : cleaned.title() + "\n" + cleaned.body();
            sink.article(new ArticleDraft(sourceName, null, null, null, cleaned.title(), cleaned.body(), language,
                    dates.find(all, language).orElse(null),
                    Map.of("file", file.getFileName().toString(), "charset", decoded.charset())));
        } catch (IOException e) {
            sink.reject(new Reject(name(), ref, 0, "unreadable file: " + e.getMessage(), new byte[0]));
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(REJECT_SAMPLE_BYTES);
        }
    }
}
