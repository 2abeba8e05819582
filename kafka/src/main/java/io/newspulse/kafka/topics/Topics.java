package io.newspulse.kafka.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The topics of the public contract (docs/interfaces: topics table), with an optional name prefix.
 * One instance describes one deployment; it is the single source of topic names for every app.
 */
public final class Topics {
    public static final String ARTICLES = "news.articles";
    public static final String ARTICLES_REJECTED = "news.articles.rejected";
    public static final String DUPLICATES = "news.duplicates";
    public static final String MENTIONS = "news.mentions";
    public static final String COMPANIES = "companies";
    public static final String SIGNALS = "company.signals";
    public static final String SIGNALS_FINAL = "company.signals.final";
    public static final String ALERTS = "company.alerts";
    public static final String DEADLETTER = "news.deadletter";
    public static final String SCHEMAS = "_schemas";
    public static final String COMPANY_SIGNALS_PREFIX = "signals.";

    private static final Pattern LEGAL_COMPANY_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,200}");
    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    private final String prefix;
    private final int partitions;
    private final short replicationFactor;
    private final Map<String, String> extraConfigs;

    public Topics(String prefix, int partitions, short replicationFactor) {
        this(prefix, partitions, replicationFactor, Map.of());
    }

    /**
     * @param extraConfigs topic configs applied to every topic (e.g. {@code min.insync.replicas=2} on a
     *                     3-broker cluster)
     */
    public Topics(String prefix, int partitions, short replicationFactor, Map<String, String> extraConfigs) {
        this.prefix = prefix == null ? "" : prefix;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.extraConfigs = Map.copyOf(extraConfigs);
    }

    /** Defaults of the contract: no prefix, 3 partitions, replication 1. */
    public static Topics defaults() {
        return new Topics("", 3, (short) 1);
    }

    public String prefix() {
        return prefix;
    }

    public String articles() {
        return prefix + ARTICLES;
    }

    public String articlesRejected() {
        return prefix + ARTICLES_REJECTED;
    }

    public String duplicates() {
        return prefix + DUPLICATES;
    }

    public String mentions() {
        return prefix + MENTIONS;
    }

    public String companies() {
        return prefix + COMPANIES;
    }

    public String signals() {
        return prefix + SIGNALS;
    }

    public String signalsFinal() {
        return prefix + SIGNALS_FINAL;
    }

    public String alerts() {
        return prefix + ALERTS;
    }

    public String deadletter() {
        return prefix + DEADLETTER;
    }

    /** The registry's own topic is never prefixed, like Confluent's default {@code kafkastore.topic}. */
    public String schemas() {
        return SCHEMAS;
    }

    /** {@code signals.<company-id>}: the per-company signal topic. */
    public String companySignals(String companyId) {
        if (!isLegalCompanyId(companyId)) {
            throw new IllegalArgumentException("company id '" + companyId + "' cannot be part of a topic name");
        }
        return prefix + COMPANY_SIGNALS_PREFIX + companyId;
    }

    /** Company ids are lower-case slugs made of letters, digits, '.', '_' and '-'. */
    public static boolean isLegalCompanyId(String companyId) {
        return companyId != null && LEGAL_COMPANY_ID.matcher(companyId).matches()
                && companyId.equals(companyId.toLowerCase(Locale.ROOT));
    }

    /** Every fixed topic of the contract with its partitions, replication and cleanup settings. */
    public List<TopicSpec> all() {
        List<TopicSpec> specs = new ArrayList<>();
        // Every time-retained topic takes the broker's append time as record timestamp (see spec()), so retention
        // counts from arrival; event time is in the values.
        specs.add(spec(articles(), partitions, Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(7 * DAY_MS)),
                "ArticleEvent keyed by article id"));
        specs.add(spec(articlesRejected(), partitions, Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(30 * DAY_MS)),
                "producer-side rejects, raw bytes, reason in headers"));
        specs.add(spec(duplicates(), partitions, Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(7 * DAY_MS)),
                "DuplicateEvent keyed by article id"));
        specs.add(spec(mentions(), partitions, Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(7 * DAY_MS)),
                "Mention keyed by company id"));
        specs.add(spec(companies(), partitions, Map.of("cleanup.policy", "compact"),
                "Company keyed by company id (reference data)"));
        specs.add(spec(signals(), partitions, Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(30 * DAY_MS)),
                "CompanySignal updates keyed by company id"));
        specs.add(spec(signalsFinal(), partitions, Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(365 * DAY_MS)),
                "CompanySignal, one per closed window"));
        specs.add(spec(alerts(), partitions, Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(30 * DAY_MS)),
                "Alert keyed by company id"));
        specs.add(spec(deadletter(), partitions, Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(30 * DAY_MS)),
                "original bytes, error and origin in headers"));
        specs.add(spec(schemas(), 1, Map.of("cleanup.policy", "compact"), "schema registry store"));
        return specs;
    }

    /** Specs of the per-company topics for the given companies (1 partition each: they are small and ordered). */
    public List<TopicSpec> companySignalTopics(Collection<String> companyIds) {
        List<TopicSpec> specs = new ArrayList<>(companyIds.size());
        for (String id : companyIds) {
            specs.add(spec(companySignals(id), 1, Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(30 * DAY_MS)),
                    "CompanySignal of " + id));
        }
        return specs;
    }

    /**
     * Spec of a topic an application keeps for itself beside the contract (such as the stream app's dedup chain),
     * with this deployment's replication and extra configs: deleted by append time after {@code retentionMs}.
     */
    public TopicSpec appTopic(String name, int partitionCount, long retentionMs, String description) {
        return spec(name, partitionCount, Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(retentionMs)),
                description);
    }

    /**
     * A topic's spec. Every topic deleted by time gets {@code message.timestamp.type=LogAppendTime}: the records carry
     * their event time in the value, and with event-time record timestamps the broker judges old news (a replay, a
     * late article, a signal of a 2005 window) as already expired. It rolled a segment on almost every append and its
     * next retention check deleted what the app had not read yet (inputs) or had just written (the first signals and
     * finals of a run, and dead letters: issue 18's live/replay difference).
     */
    private TopicSpec spec(String name, int partitionCount, Map<String, String> configs, String description) {
        Map<String, String> merged = new java.util.HashMap<>(extraConfigs);
        merged.putAll(configs);
        if ("delete".equals(merged.get("cleanup.policy"))) {
            merged.putIfAbsent("message.timestamp.type", "LogAppendTime");
        }
        return new TopicSpec(name, partitionCount, replicationFactor, merged, description);
    }
}
