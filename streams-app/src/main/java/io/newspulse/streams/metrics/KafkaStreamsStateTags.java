package io.newspulse.streams.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every Kafka Streams state-store metric the same tag keys. Kafka Streams names the store with a tag key of
 * its store type ({@code rocksdb-state-id}, {@code in-memory-state-id}, {@code rocksdb-window-state-id},
 * {@code rocksdb-session-state-id}...; Micrometer's binder turns {@code -} into {@code .}), so one meter name
 * such as {@code kafka.stream.state.num.open.iterators} arrives with several tag key sets, which Prometheus
 * refuses ("all meters with the same name must have the same set of tag keys"). This filter renames any
 * {@code *.state.id} key of a {@code kafka.stream.*} meter to {@value #STATE_ID}, keeping the number of tags
 * (Micrometer's Kafka binder compares tag counts), so each store is exported once under one key set.
 */
public final class KafkaStreamsStateTags implements MeterFilter {
    /** The tag key naming the store of a state metric, whatever its type. */
    public static final String STATE_ID = "state.id";
    private static final String PREFIX = "kafka.stream.";
    private static final String SUFFIX = ".state.id";

    @Override
    public Meter.Id map(Meter.Id id) {
        if (!id.getName().startsWith(PREFIX)) {
            return id;
        }
        List<Tag> tags = id.getTags();
        if (tags.stream().noneMatch(t -> t.getKey().endsWith(SUFFIX))) {
            return id;
        }
        List<Tag> renamed = new ArrayList<>(tags.size());
        for (Tag tag : tags) {
            renamed.add(tag.getKey().endsWith(SUFFIX) ? Tag.of(STATE_ID, tag.getValue()) : tag);
        }
        return id.replaceTags(renamed);
    }
}
