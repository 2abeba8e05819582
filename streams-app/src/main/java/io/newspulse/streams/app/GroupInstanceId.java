package io.newspulse.streams.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.streams.config.StreamsAppConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * Static group membership for the stream app (KIP-345): every instance joins the consumer group with a
 * {@code group.instance.id} that survives its restarts, kept in {@code <data.dir>/state/group-instance-id} (created with
 * a random id on the first start; Kafka Streams adds {@code -<thread>} per stream thread). An instance that crashed and
 * comes back takes over its old member at once: with dynamic membership the group waited for the dead member's session
 * to time out (45 s by default) before the first rebalance of the restart could finish (issue 19, restore after
 * kill -9). A deliberate stop still leaves the group ({@link NewsStreamsApp#close()}), so its partitions move at once.
 * A {@code group.instance.id} set in the config ({@link StreamsAppConfig#GROUP_INSTANCE_ID}, e.g. a Kubernetes pod
 * name) wins; {@code group.instance.id=none} turns static membership off. The data dir holds the instance's state and cannot be shared by two running
 * instances (Kafka Streams locks it), so the id is unique as long as data dirs are not copied.
 */
public final class GroupInstanceId {
    /** The value of {@code group.instance.id} that turns static membership off. */
    public static final String NONE = "none";
    private static final Pattern LEGAL = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    private GroupInstanceId() {
    }

    /**
     * The {@code group.instance.id} to run with: {@code configured} when set, none when it is {@link #NONE}, else the
     * one kept in {@code dataDir} (made on the first call).
     *
     * @return the id, or null for dynamic membership
     */
    public static String resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            String id = configured.trim();
            return id.equalsIgnoreCase(NONE) ? null : id;
        }
        Path file = dataDir.resolve("state").resolve("group-instance-id");
        try {
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (LEGAL.matcher(kept).matches()) {
                    return kept;
                }
            }
            String made = "newspulse-" + UUID.randomUUID();
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "group-instance-id", ".tmp");
            Files.writeString(temp, made + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the group instance id in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Sets {@code group.instance.id} in Kafka Streams' {@code props} for the app's {@code config}, or removes it. */
    public static void apply(Map<Object, Object> props, StreamsAppConfig config) {
        String id = resolve(config.getString(StreamsAppConfig.GROUP_INSTANCE_ID),
                Paths.get(config.getString(CommonConfig.DATA_DIR)));
        if (id == null) {
            props.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        } else {
            props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id);
        }
    }
}
