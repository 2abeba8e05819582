package io.newspulse.streams.query;

import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/** Which instance of the application hosts a key or a store, from Kafka Streams' metadata ({@code application.server}). */
public final class InstanceRouter {
    private final KafkaStreams streams;
    private final KeyMetadata metadata;
    private final HostInfo self;

    /** Kafka Streams' answer to "which instances host this key" (an interface so that tests can give their own). */
    interface KeyMetadata {
        KeyQueryMetadata forKey(String store, String key);

        /** The client state, for 503 messages. */
        String state();
    }

    /** @param self this instance's {@code application.server} */
    public InstanceRouter(KafkaStreams streams, HostInfo self) {
        this(streams, new KeyMetadata() {
            @Override
            public KeyQueryMetadata forKey(String store, String key) {
                return streams.queryMetadataForKey(store, key, Serdes.String().serializer());
            }

            @Override
            public String state() {
                return "Kafka Streams " + streams.state();
            }
        }, self);
    }

    /** For tests: key metadata from {@code metadata}; {@link #hostsOf(String)} needs {@code streams}. */
    InstanceRouter(KafkaStreams streams, KeyMetadata metadata, HostInfo self) {
        this.streams = streams;
        this.metadata = metadata;
        this.self = self;
    }

    public HostInfo self() {
        return self;
    }

    /**
     * Where {@code key} of {@code store} lives: the instance active for its partition, then the instances holding a
     * standby replica of it ({@code num.standby.replicas}); 503 while no instance is known to be active (rebalancing).
     */
    public KeyHosts hostsOf(String store, String key) {
        KeyQueryMetadata md;
        try {
            md = metadata.forKey(store, key);
        } catch (IllegalStateException e) {
            throw QueryException.unavailable("instance metadata is not available (" + metadata.state() + ")");
        }
        if (md == null || KeyQueryMetadata.NOT_AVAILABLE.equals(md) || md.activeHost() == null
                || KeyQueryMetadata.NOT_AVAILABLE.activeHost().equals(md.activeHost())) {
            throw QueryException.unavailable("no instance is active for '" + key + "' in " + store + " right now; retry shortly");
        }
        List<HostInfo> standbys = md.standbyHosts().stream()
                .filter(h -> !h.equals(md.activeHost()))
                .sorted(java.util.Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port))
                .toList();
        return new KeyHosts(md.activeHost(), standbys);
    }

    /** The active instance of a key and the instances with a standby replica of its partition (sorted, for stable fallbacks). */
    public record KeyHosts(HostInfo active, List<HostInfo> standbys) {
        /** The active instance first, then the standbys: the order in which a query tries them. */
        public List<HostInfo> inOrder() {
            List<HostInfo> all = new java.util.ArrayList<>(standbys.size() + 1);
            all.add(active);
            all.addAll(standbys);
            return all;
        }
    }

    /** Every instance hosting a part of {@code store} (this one included when it hosts any). */
    public List<HostInfo> hostsOf(String store) {
        List<HostInfo> hosts;
        try {
            hosts = streams.streamsMetadataForStore(store).stream().map(StreamsMetadata::hostInfo).distinct().toList();
        } catch (IllegalStateException e) {
            throw QueryException.unavailable("instance metadata is not available (Kafka Streams " + streams.state() + ")");
        }
        if (hosts.isEmpty()) {
            throw QueryException.unavailable("no instance hosts " + store + " right now; retry shortly");
        }
        return hosts;
    }
}
