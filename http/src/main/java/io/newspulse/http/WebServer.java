package io.newspulse.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP server of the project (the schema registry, the query API) on Javalin/Jetty with the settings both share:
 * bind address and port (0 = a free one), a bounded, named worker pool, a request-body limit, no compression (the
 * bytes on the wire are the handlers' own), 405 rather than 404 when only the method differs, trailing slashes
 * ignored, and a graceful stop. Routing, path and query decoding, HEAD, body limits and Server-Sent Events come from
 * the library; every error it raises itself (unknown route, wrong method, body too large) and every unexpected
 * exception of a handler is answered through the server's {@link ErrorResponder}, so each API keeps its own error
 * body. Jetty accepts connections with {@code TCP_NODELAY} on (issue 23: Nagle plus delayed ACK cost 44 ms a request).
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Jetty's acceptor, selector and reserved threads come out of the same pool as the handlers'. */
    private static final int JETTY_OWN_THREADS = 4;
    /** On stop, idle kept-alive connections are closed after this long (Jetty's default, 1 s, made every stop last 1 s). */
    private static final long SHUTDOWN_IDLE_TIMEOUT_MS = 50;

    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();

    private final String name;
    private final Javalin app;

    private WebServer(String name, Javalin app) {
        this.name = name;
        this.app = app;
    }

    /**
     * Loads and initialises the library once per JVM, on a daemon thread (a throwaway server on a free loopback
     * port, started and stopped), and returns at once. Its first start costs about a second of class loading; a
     * start-up path that first waits on something else (the embedded broker) calls this before, and its server
     * then starts in about 0.2 s.
     */
    public static void warmUp() {
        if (WARMED_UP.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try (WebServer ignored = builder("warm-up").host("127.0.0.1").port(0).threads(1).start()) {
                    LOG.debug("HTTP layer warmed up");
                } catch (RuntimeException e) {
                    LOG.debug("warming up the HTTP layer failed: {}", e.toString());
                }
            }, "http-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    /** A builder for a server whose worker threads are named {@code <name>-http-N}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The bound port (the chosen one when 0 was asked for). */
    public int port() {
        return app.port();
    }

    /** Stops accepting, lets requests in flight finish (up to the stop timeout) and frees the port. */
    @Override
    public void close() {
        try {
            app.stop();
        } catch (RuntimeException e) {
            LOG.debug("stopping the {} HTTP server: {}", name, e.toString());
        }
    }

    /** Writes an error answer (of an {@link ErrorResponder}) as the response of {@code ctx}. */
    public static void send(Context ctx, ErrorResponder.Answer answer) {
        answer.headers().forEach(ctx::header);
        ctx.status(answer.status()).contentType(answer.contentType()).result(answer.body());
    }

    /**
     * Jetty's answer to a request it refuses before any route sees it (a malformed request line, a path climbing
     * above the root), in the API's error format instead of Jetty's HTML page.
     */
    private static final class RefusedRequests extends ErrorHandler {
        private final ErrorResponder responder;

        RefusedRequests(ErrorResponder responder) {
            this.responder = responder;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            // Jetty hands over a stand-in request (path "/badMessage"): the refused request's own path is unknown
            Object message = request.getAttribute(ERROR_MESSAGE);
            ErrorResponder.Answer answer = responder.answer(response.getStatus(), request.getMethod(), null,
                    message == null ? HttpStatus.getMessage(response.getStatus()) : message.toString());
            response.setStatus(answer.status());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
            answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
            response.write(true, ByteBuffer.wrap(answer.body()), callback);
            return true;
        }
    }

    /** Settings of one server; {@link #start()} binds and serves. */
    public static final class Builder {
        private final String name;
        private String host = "0.0.0.0";
        private int port;
        private int threads = 8;
        private long maxRequestBytes = 1_048_576;
        private Duration stopTimeout = Duration.ofSeconds(2);
        private ErrorResponder errors = (status, method, path, message) -> new ErrorResponder.Answer(status,
                "text/plain; charset=utf-8", String.valueOf(message).getBytes(StandardCharsets.UTF_8), Map.of());
        private Consumer<RoutesConfig> routes = r -> { };

        private Builder(String name) {
            this.name = Objects.requireNonNull(name);
        }

        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** The port to listen on; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Most requests served at once (each long-lived stream holds one). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Largest request body a handler may read; a bigger one is answered 413 through the error responder. */
        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** How long {@link WebServer#close()} waits for requests in flight. */
        public Builder stopTimeout(Duration stopTimeout) {
            this.stopTimeout = Objects.requireNonNull(stopTimeout);
            return this;
        }

        /** Writes the error body of this server's API. */
        public Builder errors(ErrorResponder errors) {
            this.errors = Objects.requireNonNull(errors);
            return this;
        }

        /** Declares the endpoints (and any exception handlers of the API's own exceptions). */
        public Builder routes(Consumer<RoutesConfig> routes) {
            this.routes = Objects.requireNonNull(routes);
            return this;
        }

        /** Binds {@code host:port} and serves; returns once the port listens. */
        public WebServer start() {
            QueuedThreadPool pool = new QueuedThreadPool(threads + JETTY_OWN_THREADS, 2);
            pool.setName(name + "-http");
            pool.setDaemon(true);
            ErrorResponder responder = errors;
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.startup.startupWatcherEnabled = false;
                config.http.compressionStrategy = CompressionStrategy.NONE;
                config.http.prefer405over404 = true;
                config.http.maxRequestSize = maxRequestBytes;
                config.http.generateEtags = false;
                config.router.ignoreTrailingSlashes = true;
                config.jetty.threadPool = pool;
                config.jetty.modifyServer(server -> {
                    server.setStopTimeout(stopTimeout.toMillis());
                    server.setErrorHandler(new RefusedRequests(responder));
                });
                config.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx,
                        responder.answer(e.getStatus(), ctx.method().name(), ctx.path(), e.getMessage())));
                config.routes.exception(Exception.class, (e, ctx) -> {
                    LOG.error("{} {} failed unexpectedly", ctx.method(), ctx.path(), e);
                    send(ctx, responder.answer(500, ctx.method().name(), ctx.path(), null));
                });
                routes.accept(config.routes);
            });
            try {
                app.start(host, port);
                for (Connector connector : app.jettyServer().server().getConnectors()) {
                    if (connector instanceof AbstractConnector c) {
                        c.setShutdownIdleTimeout(SHUTDOWN_IDLE_TIMEOUT_MS);
                    }
                }
            } catch (RuntimeException e) {
                app.stop();
                throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
            }
            return new WebServer(name, app);
        }

        private static String rootMessage(Throwable e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            return t.getMessage() == null ? t.toString() : t.getMessage();
        }
    }
}
