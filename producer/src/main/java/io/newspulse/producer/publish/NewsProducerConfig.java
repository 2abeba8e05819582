package io.newspulse.producer.publish;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.Topics;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Typed configuration of the producer: the common keys ({@link CommonConfig}) plus the keys below. Any Kafka
 * producer key found in the originals ({@code acks}, {@code linger.ms}, {@code ssl.*}, {@code sasl.*}...) passes
 * through to the Kafka client and wins over the defaults listed in {@link #kafkaProperties()}.
 */
public final class NewsProducerConfig extends AbstractConfig {
    public static final String MAX_ARTICLE_BYTES = "max.article.bytes";
    public static final String REJECT_MAX_BYTES = "reject.max.bytes";
    public static final String STRICT = "strict";
    public static final String FEED_POLL_INTERVAL_MS = "feed.poll.interval.ms";
    public static final String PROGRESS_INTERVAL_MS = "progress.interval.ms";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String COMPRESSION_TYPE = ProducerConfig.COMPRESSION_TYPE_CONFIG;
    public static final String STOP_TIMEOUT_MS = "stop.timeout.ms";
    /** Default of {@value #COMPRESSION_TYPE}. */
    public static final String DEFAULT_COMPRESSION_TYPE = "lz4";
    public static final String DELIVERY_TIMEOUT_MS = ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG;
    public static final String MAX_BLOCK_MS = ProducerConfig.MAX_BLOCK_MS_CONFIG;
    public static final String REQUEST_TIMEOUT_MS = ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG;

    /** Default of {@value #MAX_ARTICLE_BYTES}: 1 MiB. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

    /** Serializer class of article values (ours, Confluent wire format); resolved at run time. */
    public static final String VALUE_SERIALIZER = "io.newspulse.serde.WireAvroSerializer";

    private static final ConfigDef DEF = CommonConfig.define(new ConfigDef())
            .define(MAX_ARTICLE_BYTES, ConfigDef.Type.LONG, DEFAULT_MAX_ARTICLE_BYTES, ConfigDef.Range.atLeast(1), ConfigDef.Importance.MEDIUM,
                    "Largest input article (file, JSON line) accepted; bigger ones are rejected. Flag --max-article-bytes.")
            .define(REJECT_MAX_BYTES, ConfigDef.Type.INT, 64 * 1024, ConfigDef.Range.atLeast(0), ConfigDef.Importance.LOW,
                    "Raw bytes of a reject kept in the news.articles.rejected record (the rest is cut off).")
            .define(STRICT, ConfigDef.Type.BOOLEAN, false, ConfigDef.Importance.MEDIUM,
                    "Exit with status 1 when any input was rejected. Flag --strict.")
            .define(FEED_POLL_INTERVAL_MS, ConfigDef.Type.LONG, 0L, ConfigDef.Range.atLeast(0), ConfigDef.Importance.MEDIUM,
                    "Re-poll feeds this often; 0 reads each feed once. Flag --poll-interval.")
            .define(PROGRESS_INTERVAL_MS, ConfigDef.Type.LONG, 5000L, ConfigDef.Range.atLeast(100), ConfigDef.Importance.LOW,
                    "How often progress is logged when no console is attached.")
            .define(AUTO_REGISTER_SCHEMAS, ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.LOW,
                    "Let the serializer register the ArticleEvent schema under news.articles-value.")
            .define(COMPRESSION_TYPE, ConfigDef.Type.STRING, DEFAULT_COMPRESSION_TYPE,
                    ConfigDef.ValidString.in("none", "gzip", "snappy", "lz4", "zstd"), ConfigDef.Importance.MEDIUM,
                    "Compression of the records the producer writes (Kafka compression.type): none, gzip, snappy, lz4 or zstd. "
                            + "Consumers must support it: kafkajs reads only gzip without a codec plugin. Flag --compression.")
            .define(STOP_TIMEOUT_MS, ConfigDef.Type.LONG, 5_000L, ConfigDef.Range.atLeast(0), ConfigDef.Importance.LOW,
                    "On Ctrl-C, how long records still in flight may take to be delivered; the rest are dropped and counted "
                            + "as not-sent in the run summary.")
            .define(DELIVERY_TIMEOUT_MS, ConfigDef.Type.INT, 30_000, ConfigDef.Range.atLeast(1), ConfigDef.Importance.MEDIUM,
                    "Upper bound on reporting success or failure of a send, retries included (Kafka delivery.timeout.ms).")
            .define(MAX_BLOCK_MS, ConfigDef.Type.LONG, 15_000L, ConfigDef.Range.atLeast(0), ConfigDef.Importance.MEDIUM,
                    "How long send() may block for metadata when the broker is unreachable (Kafka max.block.ms).")
            .define(REQUEST_TIMEOUT_MS, ConfigDef.Type.INT, 10_000, ConfigDef.Range.atLeast(1), ConfigDef.Importance.LOW,
                    "Time-out of one produce request (Kafka request.timeout.ms); must be below delivery.timeout.ms - linger.ms.");

    public NewsProducerConfig(Map<?, ?> originals) {
        super(DEF, originals);
    }

    /** The definition of every key (for {@code --help} and docs). */
    public static ConfigDef configDef() {
        return DEF;
    }

    public Topics topics() {
        return CommonConfig.topics(this);
    }

    public long maxArticleBytes() {
        return getLong(MAX_ARTICLE_BYTES);
    }

    public int rejectMaxBytes() {
        return getInt(REJECT_MAX_BYTES);
    }

    public boolean strict() {
        return getBoolean(STRICT);
    }

    public long progressIntervalMs() {
        return getLong(PROGRESS_INTERVAL_MS);
    }

    public long feedPollIntervalMs() {
        return getLong(FEED_POLL_INTERVAL_MS);
    }

    public java.time.Duration stopTimeout() {
        return java.time.Duration.ofMillis(getLong(STOP_TIMEOUT_MS));
    }

    public String dataDir() {
        return getString(CommonConfig.DATA_DIR);
    }

    /**
     * Properties of the article producer: idempotent, {@code acks=all}, {@value #COMPRESSION_TYPE} (default lz4), {@code linger.ms=20},
     * {@code batch.size=256 KiB}, the bounded time-outs above, String keys, our Avro serializer with the
     * registry URL; then every Kafka producer key of the originals on top.
     */
    public Map<String, Object> kafkaProperties() {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", getList(CommonConfig.BOOTSTRAP_SERVERS)));
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, getString(COMPRESSION_TYPE));
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, getInt(DELIVERY_TIMEOUT_MS));
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, getLong(MAX_BLOCK_MS));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, getInt(REQUEST_TIMEOUT_MS));
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newspulse-producer");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, VALUE_SERIALIZER);
        p.put(CommonConfig.SCHEMA_REGISTRY_URL, String.join(",", getList(CommonConfig.SCHEMA_REGISTRY_URL)));
        p.put(AUTO_REGISTER_SCHEMAS, getBoolean(AUTO_REGISTER_SCHEMAS));
        for (Map.Entry<String, ?> e : originals().entrySet()) {
            if (ProducerConfig.configNames().contains(e.getKey()) && !DEF.names().contains(e.getKey())) {
                p.put(e.getKey(), e.getValue());
            }
        }
        return p;
    }

    /** Properties of the reject producer: as {@link #kafkaProperties()} but with byte-array values. */
    public Map<String, Object> rejectKafkaProperties() {
        Map<String, Object> p = kafkaProperties();
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newspulse-producer-rejects");
        return p;
    }
}
