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
 * alerts, and hands each subscriber the events (name and JSON data) of what changed since the last tick; {@link SseHandler}
 * writes them as Server-Sent Events.
 */
final class LiveFeed implements AutoCloseable {
    /** Most concurrent {@code /api/stream} clients. */
    static final int MAX_SUBSCRIBERS = 50;
    /** Put in a subscriber's queue to end its stream. */
    static final Event END = new Event("", "");
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    private static final int TOP_LIMIT = 20;

    private final ClusterQueries queries;
    private final AlertFeed alerts;
    private final ApiHandler.StatsSource stats;
    private final List<BlockingQueue<Event>> subscribers = new CopyOnWriteArrayList<>();
    private final Map<String, Event> latest = new LinkedHashMap<>();
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

    /** One Server-Sent Event: its name and its data, a line of JSON. */
    record Event(String name, String data) {
    }

    /** A new client's queue, primed with the latest event of every kind; null when there are too many clients. */
    synchronized BlockingQueue<Event> subscribe() {
        if (subscribers.size() >= MAX_SUBSCRIBERS) {
            return null;
        }
        BlockingQueue<Event> queue = new ArrayBlockingQueue<>(256);
        latest.values().forEach(queue::offer);
        subscribers.add(queue);
        return queue;
    }

    void unsubscribe(BlockingQueue<Event> queue) {
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
                broadcast(event("alert", a));
                alertSeq = Math.max(alertSeq, a.seq());
            }
        } catch (RuntimeException e) {
            LOG.warn("live feed tick failed: {}", e.toString());
        }
    }

    private synchronized void publishIfChanged(String key, String event, Object data) {
        Event e = event(event, data);
        if (!e.equals(latest.get(key))) {
            latest.put(key, e);
            broadcast(e);
        }
    }

    private void broadcast(Event e) {
        for (BlockingQueue<Event> q : subscribers) {
            if (!q.offer(e)) {
                LOG.debug("live feed: dropping a client that does not keep up");
                subscribers.remove(q);
                q.clear();
                q.offer(END);
            }
        }
    }

    private static Event event(String name, Object data) {
        try {
            return new Event(name, Json.mapper().writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode live event", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        for (BlockingQueue<Event> q : subscribers) {
            q.clear();
            q.offer(END);
        }
        subscribers.clear();
    }
}
