package io.newspulse.streams.http;

import java.io.IOException;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;

/** {@code /health} (the process answers), {@code /ready} (Kafka Streams is RUNNING) and {@code /metrics} (Prometheus text). */
final class OpsHandler implements HttpHandler {
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final KafkaStreams streams;
    private final MeterRegistry registry;

    OpsHandler(KafkaStreams streams, MeterRegistry registry) {
        this.streams = streams;
        this.registry = registry;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!Exchanges.readOnly(ex)) {
            return;
        }
        switch (ex.getRequestURI().getPath()) {
            case "/health" -> Exchanges.json(ex, 200, Map.of("status", "UP"));
            case "/ready" -> {
                KafkaStreams.State state = streams.state();
                boolean ready = state == KafkaStreams.State.RUNNING;
                Exchanges.json(ex, ready ? 200 : 503, Map.of("status", ready ? "READY" : "NOT_READY", "streams", state.name()));
            }
            case "/metrics" -> {
                PrometheusMeterRegistry prometheus = prometheus(registry);
                if (prometheus == null) {
                    Exchanges.error(ex, 501, "metrics are not kept in a Prometheus registry in this process");
                } else {
                    Exchanges.text(ex, 200, PROMETHEUS_TEXT, prometheus.scrape());
                }
            }
            default -> Exchanges.error(ex, 404, "no such endpoint: " + ex.getRequestURI().getPath());
        }
    }

    private static PrometheusMeterRegistry prometheus(MeterRegistry registry) {
        if (registry instanceof PrometheusMeterRegistry p) {
            return p;
        }
        if (registry instanceof CompositeMeterRegistry c) {
            for (MeterRegistry r : c.getRegistries()) {
                PrometheusMeterRegistry p = prometheus(r);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }
}
