package io.newspulse.producer.source.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads a feed's bytes from a file path, a {@code file:} URL or an http(s) URL (redirects followed, 10 s connect
 * and 30 s request time-out, at most {@link FeedDecoder#MAX_BYTES} bytes). The HTTP charset header is ignored:
 * {@link FeedDecoder} looks at the bytes.
 */
public final class FeedFetcher {
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** True when {@code ref} is an http(s) URL rather than a local file. */
    public static boolean isUrl(String ref) {
        return ref.startsWith("http://") || ref.startsWith("https://");
    }

    public byte[] fetch(String ref) throws IOException {
        if (isUrl(ref)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ref)).timeout(Duration.ofSeconds(30))
                    .header("User-Agent", "newspulse-producer")
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
                    .GET().build();
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    if (response.statusCode() / 100 != 2) {
                        throw new IOException("HTTP " + response.statusCode() + " from " + ref);
                    }
                    return limited(in, ref);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching " + ref, e);
            }
        }
        Path path = ref.startsWith("file:") ? Path.of(URI.create(ref)) : Path.of(ref);
        try (InputStream in = Files.newInputStream(path)) {
            return limited(in, ref);
        }
    }

    private static byte[] limited(InputStream in, String ref) throws IOException {
        byte[] bytes = in.readNBytes(FeedDecoder.MAX_BYTES + 1);
        if (bytes.length > FeedDecoder.MAX_BYTES) {
            throw new IOException(ref + " is larger than " + FeedDecoder.MAX_BYTES + " bytes");
        }
        return bytes;
    }
}
