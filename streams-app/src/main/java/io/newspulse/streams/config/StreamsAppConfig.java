package io.newspulse.streams.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.newspulse.avro.CorporateEvent;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.dedup.DedupPolicy;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Every setting of the {@code stream} app, typed and documented in one place. Keys not defined here
 * (any Kafka Streams, consumer or producer key) pass through to Kafka Streams unchanged.
 */
public final class StreamsAppConfig extends AbstractConfig {
    public static final String APPLICATION_ID = StreamsConfig.APPLICATION_ID_CONFIG;
    public static final String WINDOWS = "signals.windows";
    public static final String GRACE = "signals.grace";
    public static final String TOP_CO_MENTIONS = "signals.top.co.mentions";
    public static final String PER_COMPANY_TOPICS = "signals.per.company.topics";
    public static final String WATCHLIST = "signals.watchlist";
    public static final String SPIKE_THRESHOLD = "spike.threshold";
    public static final String SPIKE_ALPHA = "spike.ewma.alpha";
    public static final String SPIKE_MIN_WINDOWS = "spike.min.baseline.windows";
    public static final String SPIKE_MIN_ARTICLES = "spike.min.articles";
    public static final String SENTIMENT_SHOCK_THRESHOLD = "sentiment.shock.threshold";
    public static final String ALERT_EVENTS = "alerts.events";
    public static final String ALERT_EVENTS_MIN_RELEVANCE = "alerts.events.min.relevance";
    public static final String ANALYSIS_ENABLED = "analysis.enabled";
    public static final String DEDUP_HORIZON = "dedup.horizon";
    public static final String DEDUP_MAX_ENTRIES = "dedup.max.entries.per.key";
    public static final String DEDUP_INDEX_PARTITIONS = "dedup.index.partitions";
    public static final String MAX_ARTICLE_BYTES = "validate.max.article.bytes";
    public static final String QUERY_RETRY = "query.unavailable.retry";
    public static final String COMPANIES_BOOTSTRAP = "companies.bootstrap";
    public static final String HTTP_PORT = "http.port";
    public static final String HTTP_HOST = "http.host";
    public static final String GROUP_INSTANCE_ID = org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_INSTANCE_ID_CONFIG;
    public static final String COMMIT_INTERVAL = StreamsConfig.COMMIT_INTERVAL_MS_CONFIG;
    /** Default of {@value #COMMIT_INTERVAL}: Kafka Streams' own under exactly-once (issue 19: 50 ms did not measurably pay). */
    public static final long DEFAULT_COMMIT_INTERVAL_MS = 100;

    private static final ConfigDef.Validator EVENT_CODES = (name, value) -> {
        for (Object code : (List<?>) value) {
            if (!eventCodes().contains(String.valueOf(code))) {
                throw new org.apache.kafka.common.config.ConfigException(name, code, "not an event code; one of " + String.join(", ", eventCodes()));
            }
        }
    };

    public static final ConfigDef DEF = CommonConfig.define(new ConfigDef())
            .define(APPLICATION_ID, Type.STRING, "newspulse-streams", Importance.HIGH,
                    "Kafka Streams application id: instances with the same id share the work.")
            .define(WINDOWS, Type.LIST, "1m,1h,1d", Importance.HIGH,
                    "Tumbling window sizes of the signals (e.g. 1m,1h,1d; units s, m, h, d).")
            .define(GRACE, Type.STRING, "1m", Importance.MEDIUM,
                    "How late (event time) a mention may arrive and still update its window. Later ones are left out of that window and counted in the dropped-records metric.")
            .define(TOP_CO_MENTIONS, Type.INT, 5, ConfigDef.Range.between(0, 50), Importance.LOW,
                    "How many co-mentioned companies a signal lists.")
            .define(PER_COMPANY_TOPICS, Type.STRING, "curated", oneOf(PerCompanyTopics.class), Importance.MEDIUM,
                    "Which companies get a signals.<company-id> topic: the curated core of the knowledge base (about 3,020; default), every knowledge-base company (over 20,000 partitions: only for a cluster sized for it), only the watch-list, or none. Every company's signals are on company.signals either way.")
            .define(WATCHLIST, Type.LIST, "", Importance.MEDIUM,
                    "Company ids for per-company topics when signals.per.company.topics=watchlist.")
            .define(SPIKE_THRESHOLD, Type.DOUBLE, 3.0, Importance.MEDIUM,
                    "Spike score (z-score against the EWMA baseline) above which an Alert is raised.")
            .define(SPIKE_ALPHA, Type.DOUBLE, 0.3, ConfigDef.Range.between(0.01, 1.0), Importance.LOW,
                    "EWMA smoothing factor of the spike baseline (weight of the newest closed window).")
            .define(SPIKE_MIN_WINDOWS, Type.INT, 3, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Closed windows of history needed before alerts are raised for a company.")
            .define(SPIKE_MIN_ARTICLES, Type.INT, 3, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Articles a window needs before it can raise an alert.")
            .define(SENTIMENT_SHOCK_THRESHOLD, Type.DOUBLE, 3.0, ConfigDef.Range.atLeast(0.5), Importance.MEDIUM,
                    "Sentiment-shock score (absolute z-score of a window's mean sentiment against the company's EWMA sentiment baseline) at which an Alert with reason sentiment_shock is raised; both directions alert.")
            .define(ALERT_EVENTS, Type.LIST, io.newspulse.streams.signals.HighImpactEvents.DEFAULTS.stream().map(Enum::name).toList(), EVENT_CODES, Importance.MEDIUM,
                    "High-impact corporate events: a novel mention reporting one of them raises an Alert with reason high_impact_event at once (empty: none). Codes: "
                            + String.join(", ", eventCodes()) + ".")
            .define(ALERT_EVENTS_MIN_RELEVANCE, Type.DOUBLE, 0.3, ConfigDef.Range.between(0.0, 1.0), Importance.LOW,
                    "Least relevance of the company to the article for an event alert (a company named in passing does not alert).")
            .define(ANALYSIS_ENABLED, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Analyse what each article says about its companies (targeted sentiment, article tone, corporate events). false tags companies only (the same companies, relevance and mentions): Mention.sentiment and article_tone are 0 and events empty, so signals show no sentiment and no sentiment-shock or event alerts are raised. For measuring what the analysis costs (bench --sections analysis-cost) or a deployment that needs only volume.")
            .define(DEDUP_HORIZON, Type.STRING, "7d", Importance.MEDIUM,
                    "Event-time horizon of duplicate detection: older articles are forgotten (state TTL).")
            .define(DEDUP_MAX_ENTRIES, Type.INT, DedupPolicy.DEFAULT_MAX_ENTRIES_PER_KEY, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Most articles indexed under one dedup key within the horizon: a full key takes no more, so the first copies of a story stay findable. The offline 'dedup' command applies the same rule (--max-entries-per-key).")
            .define(DEDUP_INDEX_PARTITIONS, Type.INT, PipelineSettings.DEFAULT_DEDUP_INDEX_PARTITIONS, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "How many of the articles topic's partitions hold the dedup index (the first N; more than the topic has are taken as all). An article read on another partition hops once to the index before its mentions are written, and each hop waits for an exactly-once commit: 1 (the default) gives every article at most one hop, the articles topic's partition count spreads the index look-ups and the tagging over every task at the price of about one hop per partition (issue 19, docs/benchmarks.md). Changing it on a running deployment moves the index: duplicates of articles read before the change are missed until they leave the dedup horizon, unless the app is reset.")
            .define(MAX_ARTICLE_BYTES, Type.INT, 1024 * 1024, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Articles with a larger body are dead-lettered.")
            .define(COMPANIES_BOOTSTRAP, Type.STRING, "builtin", oneOf(CompaniesBootstrap.class), Importance.MEDIUM,
                    "When the companies topic is empty at start-up: publish the built-in knowledge base (builtin) or wait for 'companies load' (none).")
            .define(HTTP_PORT, Type.INT, -1, ConfigDef.Range.between(-1, 65535), Importance.MEDIUM,
                    "Port of the query API and dashboard; -1 disables it, 0 picks a free one. Flag --http-port.")
            .define(HTTP_HOST, Type.STRING, "127.0.0.1", Importance.LOW,
                    "Host the query API listens on and advertises to other instances (application.server).")
            .define(GROUP_INSTANCE_ID, Type.STRING, "", Importance.LOW,
                    "Static membership of the consumer group (Kafka Streams adds -<thread>): empty keeps a random id in <data.dir>/state/group-instance-id, so an instance restarted after a crash takes its old place at once instead of waiting out the dead member's session; none joins dynamically; any other value is the id (e.g. a pod name; unique per instance).")
            .define(COMMIT_INTERVAL, Type.LONG, DEFAULT_COMMIT_INTERVAL_MS, ConfigDef.Range.atLeast(1), Importance.MEDIUM,
                    "How often (ms) each stream thread commits its exactly-once transaction. A record written inside the app (a dedup chain hop, a mention) is visible to the next step only after that commit, and a mention waits for one (read on the index partition) or two (a hop to the index, then tagging; with dedup.index.partitions = P up to P), a signal for one more: lower means a shorter wait for the next commit on each of those steps and more, smaller transactions (docs/benchmarks.md, issue 19: where the latency goes). The default is Kafka Streams' own under exactly-once.")
            .define(QUERY_RETRY, Type.STRING, "3s", Importance.LOW,
                    "How long a per-company API query keeps trying (every 100 ms, with fresh partition metadata) while no copy of the company's partition can answer (a rebalance, an instance stopping or starting) before it answers 503. 0s answers 503 at once.");

    private static final Set<String> OWN_KEYS = DEF.names();

    public StreamsAppConfig(Map<?, ?> originals) {
        super(DEF, originals, false);
    }

    public List<Duration> windows() {
        return getList(WINDOWS).stream().map(Durations::parse).toList();
    }

    /** {@link #QUERY_RETRY}. */
    public Duration queryRetry() {
        return Durations.parse(getString(QUERY_RETRY));
    }

    public Duration grace() {
        return Durations.parse(getString(GRACE));
    }

    /** The event codes {@value #ALERT_EVENTS} accepts: every {@link CorporateEvent} but {@code other}. */
    static List<String> eventCodes() {
        return java.util.Arrays.stream(CorporateEvent.values()).filter(e -> e != CorporateEvent.other).map(Enum::name).toList();
    }

    /** The configured high-impact events. */
    public Set<CorporateEvent> alertEvents() {
        Set<CorporateEvent> events = java.util.EnumSet.noneOf(CorporateEvent.class);
        getList(ALERT_EVENTS).forEach(code -> events.add(CorporateEvent.valueOf(code)));
        return events;
    }

    /** The {@value #PER_COMPANY_TOPICS} mode. */
    public PerCompanyTopics perCompanyTopics() {
        return enumValue(PerCompanyTopics.class, PER_COMPANY_TOPICS);
    }

    /** The {@value #COMPANIES_BOOTSTRAP} mode. */
    public CompaniesBootstrap companiesBootstrap() {
        return enumValue(CompaniesBootstrap.class, COMPANIES_BOOTSTRAP);
    }

    /** A validator accepting the names of {@code type}'s constants in any case (documented in lower case). */
    private static ConfigDef.Validator oneOf(Class<? extends Enum<?>> type) {
        return ConfigDef.CaseInsensitiveValidString.in(Utils.enumOptions(type));
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String key) {
        return Enum.valueOf(type, getString(key).toUpperCase(Locale.ROOT));
    }

    public Duration dedupHorizon() {
        return Durations.parse(getString(DEDUP_HORIZON));
    }

    /** The settings of the topology itself (no connection details), for {@code NewsTopology}. */
    public PipelineSettings pipelineSettings() {
        return new PipelineSettings(CommonConfig.topics(this), windows(), grace(), getInt(TOP_CO_MENTIONS),
                getDouble(SPIKE_THRESHOLD), getDouble(SPIKE_ALPHA), getInt(SPIKE_MIN_WINDOWS), getInt(SPIKE_MIN_ARTICLES),
                dedupHorizon(), getInt(DEDUP_MAX_ENTRIES), getInt(MAX_ARTICLE_BYTES),
                getDouble(SENTIMENT_SHOCK_THRESHOLD), alertEvents(), getDouble(ALERT_EVENTS_MIN_RELEVANCE),
                getBoolean(ANALYSIS_ENABLED), getInt(DEDUP_INDEX_PARTITIONS));
    }

    /**
     * Kafka Streams properties: our defaults (exactly-once v2, explicit internal naming, state under the data dir),
     * then every key the user gave that is not one of ours.
     */
    public Map<String, Object> streamsProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, getString(APPLICATION_ID));
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", getList(CommonConfig.BOOTSTRAP_SERVERS)));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.STATE_DIR_CONFIG, java.nio.file.Paths.get(getString(CommonConfig.DATA_DIR), "streams").toAbsolutePath().toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) getShort(CommonConfig.TOPIC_REPLICATION_FACTOR));
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 0);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Runtime.getRuntime().availableProcessors());
        props.put("processing.exception.handler.global.enabled", true);
        props.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.NO_OPTIMIZATION);
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 16 * 1024 * 1024L);
        // Transactional state stores (KIP-892): under exactly-once a store buffers its writes until the changelog
        // transaction commits and keeps its committed changelog offset inside itself, so a deliberate restart finds
        // every store where it left it (CleanRestartIT). After a crash (kill -9) a RocksDB store is back at its last
        // flush (Kafka Streams writes without a write-ahead log) and replays its changelog from there; an empty store
        // with no offset replays all of it (CrashSafeStores; `bench --sections restore`, issue 19). Without transactional stores
        // Kafka Streams 4.4 wipes every window store that holds no segment yet at each start (issue 23).
        props.put(StreamsConfig.TRANSACTIONAL_STATE_STORES_CONFIG, true);
        // smaller memtables bound what a crash makes Kafka Streams replay (a user's own setter replaces it)
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, io.newspulse.streams.state.CrashReplayBound.class);
        props.put(StreamsConfig.producerPrefix("compression.type"), "lz4");
        props.put(COMMIT_INTERVAL, getLong(COMMIT_INTERVAL));
        // With transactions v2 a produce right after a commit may get CONCURRENT_TRANSACTIONS and is retried:
        // a short first backoff keeps that from adding 100 ms to end-to-end latency (backoff still grows exponentially).
        props.put(StreamsConfig.producerPrefix("retry.backoff.ms"), 10);
        // A task that starts on a stream thread while the thread's other tasks process holds their open transaction
        // for as long as its processors' init takes: the dedup index rebuilds its memory from its store there, 5.6 s
        // with 6 million key entries on an idle machine, 12.5 s while the other stores restored (1M articles). Past
        // Kafka Streams' exactly-once default of 10 s the broker aborted the transaction, the thread was fenced, left
        // the group and rebuilt the index a second time (issue 19). 30 s holds that and costs no failover time: the
        // static member of a dead instance keeps its partitions for its 45 s session anyway, and a restarted one
        // fences its own old transactions at once (same transactional ids).
        props.put(StreamsConfig.producerPrefix(org.apache.kafka.clients.producer.ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 30_000);
        // The global thread restores the companies store one partition after the other; at the end of a partition its
        // consumer's prefetch waits fetch.max.wait.ms (500 ms) on the broker, and the next partition's offset request
        // queues behind it on the same connection: half a second per partition at a first start (issue 23).
        props.put(StreamsConfig.globalConsumerPrefix("fetch.max.wait.ms"), 100);
        // The state updaters' restore consumer has the same queueing: a fetch of the changelogs restored so far waits
        // fetch.max.wait.ms on the broker when they are empty (every first start), and the offset requests of the next
        // tasks' changelogs queue behind it on the same connection.
        props.put(StreamsConfig.restoreConsumerPrefix("fetch.max.wait.ms"), 100);
        originals().forEach((k, v) -> {
            if (!OWN_KEYS.contains(k)) {
                props.put(k, v);
            }
        });
        return props;
    }

    /** The registry settings handed to every Avro serde (schema.registry.url and any basic.auth.* / ssl keys). */
    public Map<String, Object> serdeProperties() {
        Map<String, Object> serde = new HashMap<>();
        serde.put(CommonConfig.SCHEMA_REGISTRY_URL, String.join(",", getList(CommonConfig.SCHEMA_REGISTRY_URL)));
        originals().forEach((k, v) -> {
            if (k.startsWith("basic.auth.") || k.startsWith("schema.registry.") || k.equals("auto.register.schemas")) {
                serde.put(k, v);
            }
        });
        return serde;
    }
}
