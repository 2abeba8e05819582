package io.newspulse.registry.election;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.core.json.Json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * What a registry instance tells the group when it joins (the subscription's user data), and what the assignment
 * tells every member about the leader: a JSON object {@code {"v":1,"id","url","eligible","leader"}}.
 *
 * @param id       random id of the instance (one per start)
 * @param url      the instance's advertised base URL, where followers forward writes
 * @param eligible whether the instance may become the leader ({@code leader.eligibility})
 * @param leader   whether the instance is the leader when it joins (keeps leadership stable across rebalances)
 */
public record MemberInfo(String id, String url, boolean eligible, boolean leader) {
    static final int VERSION = 1;

    ByteBuffer encode() {
        ObjectNode n = Json.mapper().createObjectNode().put("v", VERSION).put("id", id).put("url", url)
                .put("eligible", eligible).put("leader", leader);
        try {
            return ByteBuffer.wrap(Json.mapper().writeValueAsBytes(n));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode member info", e);
        }
    }

    /** The member info in {@code data}, or empty when there is none or it is not ours (treated as not eligible). */
    static Optional<MemberInfo> decode(ByteBuffer data) {
        if (data == null || !data.hasRemaining()) {
            return Optional.empty();
        }
        ByteBuffer copy = data.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        try {
            JsonNode n = Json.mapper().readTree(bytes);
            if (n == null || n.path("v").asInt() != VERSION || !n.path("id").isTextual() || !n.path("url").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new MemberInfo(n.get("id").asText(), n.get("url").asText(),
                    n.path("eligible").asBoolean(false), n.path("leader").asBoolean(false)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
