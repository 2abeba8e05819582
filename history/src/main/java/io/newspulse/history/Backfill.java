package io.newspulse.history;

import java.util.regex.Pattern;

import io.newspulse.kafka.topics.Topics;

/**
 * The identity of one backfill: its name, the topic prefix {@code backfill.<name>.} (after the deployment's own
 * prefix), its Kafka Streams application id and its publisher's transactional id. Everything a backfill writes lives
 * under these names, so it never touches the live pipeline's topics, state or consumer group.
 */
public record Backfill(String name) {
    private static final Pattern LEGAL_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,100}");
    /**
     * The backfill's articles topic has one partition: one task dedups and tags the archive in event-time order, so
     * every partition of its mentions topic is in event-time order too and nothing arrives late (see docs/history.md).
     */
    public static final int ARTICLE_PARTITIONS = 1;

    public Backfill {
        if (name == null || !LEGAL_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("backfill name '" + name
                    + "' must be lower-case letters, digits, '-' or '_' (it becomes part of topic names)");
        }
    }

    /** {@code backfill.<name>.}: the part of the prefix this backfill adds. */
    public String prefix() {
        return "backfill." + name + ".";
    }

    /** The backfill's topics (names and replication): the deployment's prefix, then {@link #prefix()}. */
    public Topics topics(Topics deployment) {
        return topics(deployment, deployment.all().get(0).partitions());
    }

    /**
     * The backfill's topics with {@code partitions} partitions each, but for the articles topic, which
     * {@link BackfillRun#keptForever} creates with {@value #ARTICLE_PARTITIONS}: the mentions topic's partitions are
     * the signal tasks that run in parallel.
     */
    public Topics topics(Topics deployment, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("a backfill needs at least 1 partition, not " + partitions);
        }
        return new Topics(deployment.prefix() + prefix(), partitions, replication(deployment));
    }

    public String applicationId() {
        return "newspulse-backfill-" + name;
    }

    public String transactionalId() {
        return applicationId() + "-publisher";
    }

    private static short replication(Topics deployment) {
        return deployment.all().get(0).replicationFactor();
    }
}
