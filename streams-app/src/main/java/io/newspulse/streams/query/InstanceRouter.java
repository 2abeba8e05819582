package io.newspulse.streams.query;

import java.util.List;
import java.util.Optional;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/** Which instance of the application hosts a key or a store, from Kafka Streams' metadata ({@code application.server}). */
public final class InstanceRouter {
    private final KafkaStreams streams;
    private final HostInfo self;

    /** @param self this instance's {@code application.server} */
    public InstanceRouter(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    public HostInfo self() {
        return self;
    }

    /** The instance active for {@code key} in {@code store}: empty when it is this one; 503 while unknown (rebalancing). */
    public Optional<HostInfo> ownerOf(String store, String key) {
        KeyQueryMetadata md;
        try {
            md = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        } catch (IllegalStateException e) {
            throw QueryException.unavailable("instance metadata is not available (Kafka Streams " + streams.state() + ")");
        }
        if (md == null || KeyQueryMetadata.NOT_AVAILABLE.equals(md) || md.activeHost() == null
                || KeyQueryMetadata.NOT_AVAILABLE.activeHost().equals(md.activeHost())) {
            throw QueryException.unavailable("no instance is active for '" + key + "' in " + store + " right now; retry shortly");
        }
        return md.activeHost().equals(self) ? Optional.empty() : Optional.of(md.activeHost());
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
