package io.newspulse.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks the query API, continuously, for the 1h signals of every company of a list, round-robin over the instances
 * "in rotation" (as a load balancer would send clients: an instance is taken out before it is stopped and put back
 * once it is ready). One request per period, on one thread; every answer is recorded.
 */
final class ApiPoller implements AutoCloseable {
    /**
     * One request: when it was sent and when its answer (or error) came back, what was asked of whom, and the status
     * (-1: no HTTP answer).
     */
    record Result(long sentAtMs, long doneAtMs, String company, String instance, int status, String servedBy, String error) {
        boolean ok() {
            return status == 200;
        }

        /** True when the request was in flight at some moment of [fromMs, toMs]. */
        boolean inFlightDuring(long fromMs, long toMs) {
            return doneAtMs >= fromMs && sentAtMs <= toMs;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final List<String> companies;
    private final String query;
    private final List<Result> results = new CopyOnWriteArrayList<>();
    private volatile List<StreamInstance> rotation = List.of();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "api-poller");
        t.setDaemon(true);
        return t;
    });
    private long next;

    /** Signals of {@code companies} in 1h windows starting from {@code from} to now. */
    ApiPoller(List<String> companies, Instant from) {
        this.companies = List.copyOf(companies);
        this.query = "/signals?window=1h&from=" + from.toEpochMilli();
    }

    /** The instances requests go to from now on. */
    void rotation(List<StreamInstance> instances) {
        rotation = List.copyOf(instances);
    }

    ApiPoller start(Duration period) {
        timer.scheduleAtFixedRate(this::askOne, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void askOne() {
        List<StreamInstance> instances = rotation;
        if (instances.isEmpty()) {
            return;
        }
        long i = next++;
        String company = companies.get((int) (i % companies.size()));
        StreamInstance instance = instances.get((int) ((i / companies.size() + i) % instances.size()));
        long sent = System.currentTimeMillis();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(instance.url() + "/api/companies/" + company + query))
                    .timeout(Duration.ofSeconds(20)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            results.add(new Result(sent, System.currentTimeMillis(), company, instance.name(), response.statusCode(),
                    response.headers().firstValue("X-Newspulse-Served-By").orElse(""),
                    response.statusCode() == 200 ? null : response.body()));
        } catch (IOException e) {
            results.add(new Result(sent, System.currentTimeMillis(), company, instance.name(), -1, "", e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every result so far, in the order sent. */
    List<Result> results() {
        return new ArrayList<>(results);
    }

    List<Result> failures() {
        return results.stream().filter(r -> !r.ok()).toList();
    }

    /** True when every company has been answered (200) at least once by a request sent at or after {@code sinceMs}. */
    boolean everyCompanyAnsweredSince(long sinceMs) {
        java.util.Set<String> answered = new java.util.HashSet<>();
        for (Result r : results) {
            if (r.ok() && r.sentAtMs() >= sinceMs) {
                answered.add(r.company());
            }
        }
        return answered.containsAll(companies);
    }

    /** Requests, answers by status, companies answered and the last failures: for a log line when a wait times out. */
    String summary() {
        List<Result> all = results();
        java.util.Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        java.util.Set<String> answered = new java.util.HashSet<>();
        for (Result r : all) {
            byStatus.merge(r.status(), 1L, Long::sum);
            if (r.ok()) {
                answered.add(r.company());
            }
        }
        List<Result> failures = failures();
        return all.size() + " requests, by status " + byStatus + ", " + answered.size() + " of " + companies.size()
                + " companies answered; last failures: " + failures.subList(Math.max(0, failures.size() - 3), failures.size());
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(30, TimeUnit.SECONDS);
    }
}
