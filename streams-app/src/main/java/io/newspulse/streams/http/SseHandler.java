package io.newspulse.streams.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * {@code /api/stream}: a Server-Sent Events stream of {@code stats}, {@code top} (one per window size) and
 * {@code alert} events, with a comment line every 15 s to keep proxies from closing it.
 */
final class SseHandler implements HttpHandler {
    private final LiveFeed feed;

    SseHandler(LiveFeed feed) {
        this.feed = feed;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!Exchanges.readOnly(ex)) {
            return;
        }
        BlockingQueue<String> queue = feed.subscribe();
        if (queue == null) {
            Exchanges.error(ex, 503, "too many live clients; retry later");
            return;
        }
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            write(out, "retry: 3000\n\n");
            while (true) {
                String frame = queue.poll(15, TimeUnit.SECONDS);
                if (frame == LiveFeed.END) {
                    break;
                }
                write(out, frame == null ? ": keep-alive\n\n" : frame);
            }
        } catch (IOException e) {
            // client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            feed.unsubscribe(queue);
            ex.close();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
