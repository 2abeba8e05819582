package io.newspulse.streams.http;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newspulse.core.json.Json;
import io.newspulse.streams.query.AlertFeed;
import io.newspulse.streams.query.ClusterQueries;
import io.newspulse.streams.query.QueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes, once a second while someone listens, the stats, the top companies of every window size and the new
 * alerts, and hands each subscriber the Server-Sent Events frames of what changed since the last tick.
 */
final class LiveFeed implements AutoCloseable {
    /** Most concurrent {@code /api/stream} clients. */
    static final int MAX_SUBSCRIBERS = 50;
    static final String END = "";
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    private static final int TOP_LIMIT = 20;

    private final ClusterQueries queries;
    private final AlertFeed alerts;
    private final ApiHandler.StatsSource stats;
    private final List<BlockingQueue<String>> subscribers = new CopyOnWriteArrayList<>();
    private final Map<String, String> latest = new LinkedHashMap<>();
    private final ScheduledExecutorService timer;
    private long alertSeq;

    LiveFeed(ClusterQueries queries, AlertFeed alerts, ApiHandler.StatsSource stats) {
        this.queries = queries;
        this.alerts = alerts;
        this.stats = stats;
        this.alertSeq = alerts.lastSequence();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newspulse-live-feed");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** A new client's queue, primed with the latest frame of every event kind; null when there are too many clients. */
    synchronized BlockingQueue<String> subscribe() {
        if (subscribers.size() >= MAX_SUBSCRIBERS) {
            return null;
        }
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(256);
        latest.values().forEach(queue::offer);
        subscribers.add(queue);
        return queue;
    }

    void unsubscribe(BlockingQueue<String> queue) {
        subscribers.remove(queue);
    }

    private void tick() {
        if (subscribers.isEmpty()) {
            synchronized (this) {
                latest.clear();
                alertSeq = alerts.lastSequence();
            }
            return;
        }
        try {
            publishIfChanged("stats", "stats", stats.stats());
            for (String window : queries.local().windowLabels()) {
                try {
                    Object top = queries.top(window, Instant.now(), TOP_LIMIT, false).body();
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("window", window);
                    data.put("items", top);
                    publishIfChanged("top-" + window, "top", data);
                } catch (QueryException e) {
                    LOG.debug("live feed: top {} not available: {}", window, e.getMessage());
                }
            }
            for (AlertFeed.AlertView a : alerts.since(alertSeq)) {
                broadcast(frame("alert", a));
                alertSeq = Math.max(alertSeq, a.seq());
            }
        } catch (RuntimeException e) {
            LOG.warn("live feed tick failed: {}", e.toString());
        }
    }

    private synchronized void publishIfChanged(String key, String event, Object data) {
        String frame = frame(event, data);
        if (!frame.equals(latest.get(key))) {
            latest.put(key, frame);
            broadcast(frame);
        }
    }

    private void broadcast(String frame) {
        for (BlockingQueue<String> q : subscribers) {
            if (!q.offer(frame)) {
                LOG.debug("live feed: dropping a client that does not keep up");
                subscribers.remove(q);
                q.clear();
                q.offer(END);
            }
        }
    }

    private static String frame(String event, Object data) {
        try {
            return "event: " + event + "\ndata: " + Json.mapper().writeValueAsString(data) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode live event", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        for (BlockingQueue<String> q : subscribers) {
            q.clear();
            q.offer(END);
        }
        subscribers.clear();
    }
}
