package io.newspulse.streams.http;

import java.util.Map;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;

/** {@code /ready} (Kafka Streams is RUNNING) and {@code /metrics} (Prometheus text); {@code /health} needs neither. */
final class OpsHandler {
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final KafkaStreams streams;
    private final MeterRegistry registry;

    OpsHandler(KafkaStreams streams, MeterRegistry registry) {
        this.streams = streams;
        this.registry = registry;
    }

    /** The process answers. */
    static void health(Context ctx) {
        Exchanges.json(ctx, 200, Map.of("status", "UP"));
    }

    void ready(Context ctx) {
        KafkaStreams.State state = streams.state();
        boolean ready = state == KafkaStreams.State.RUNNING;
        Exchanges.json(ctx, ready ? 200 : 503, Map.of("status", ready ? "READY" : "NOT_READY", "streams", state.name()));
    }

    void metrics(Context ctx) {
        PrometheusMeterRegistry prometheus = prometheus(registry);
        if (prometheus == null) {
            Exchanges.error(ctx, 501, "metrics are not kept in a Prometheus registry in this process");
        } else {
            Exchanges.text(ctx, 200, PROMETHEUS_TEXT, prometheus.scrape());
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
