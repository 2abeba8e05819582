package io.newspulse.streams.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.newspulse.streams.query.QueryException;

/**
 * {@code /api/stream}: a Server-Sent Events stream of {@code stats}, {@code top} (one per window size) and
 * {@code alert} events, with a comment line every 15 s to keep proxies from closing it. The events are written by
 * the library's {@link SseClient}; the stream is served to any GET (Javalin's own SSE endpoint would want an
 * {@code Accept: text/event-stream} header, which the API never required), and holds its worker thread while open.
 */
final class SseHandler {
    private static final byte[] RETRY = "retry: 3000\n\n".getBytes(StandardCharsets.UTF_8);

    private final LiveFeed feed;

    SseHandler(LiveFeed feed) {
        this.feed = feed;
    }

    void stream(Context ctx) throws IOException {
        BlockingQueue<LiveFeed.Event> queue = feed.subscribe();
        if (queue == null) {
            throw QueryException.unavailable("too many live clients; retry later");
        }
        try {
            ctx.status(200).contentType("text/event-stream; charset=utf-8").header("Cache-Control", "no-cache");
            ctx.outputStream().write(RETRY);
            ctx.outputStream().flush();
            SseClient client = new SseClient(ctx);
            while (!client.terminated()) {
                LiveFeed.Event event = queue.poll(15, TimeUnit.SECONDS);
                if (event == LiveFeed.END) {
                    break;
                }
                if (event == null) {
                    client.sendComment("keep-alive");
                } else {
                    client.sendEvent(event.name(), event.data());
                }
            }
        } catch (IOException e) {
            // the client went away before the first event
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            feed.unsubscribe(queue);
        }
    }
}
