package io.newspulse.registry.election;

import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor.Assignment;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor.GroupAssignment;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor.GroupSubscription;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor.Subscription;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LeaderAssignorTest {
    private static MemberInfo member(String id, boolean eligible, boolean leader) {
        return new MemberInfo(id, "http://" + id + ":8081", eligible, leader);
    }

    @Test
    void shouldKeepTheCurrentLeaderWhenAnInstanceWithASmallerIdJoins() {
        assertThat(LeaderAssignor.choose(List.of(member("b", true, true), member("a", true, false))))
                .contains(member("b", true, true));
    }

    @Test
    void shouldElectTheEligibleMemberWithTheSmallestIdWhenNobodyLeads() {
        assertThat(LeaderAssignor.choose(List.of(member("c", true, false), member("a", false, false),
                member("b", true, false)))).map(MemberInfo::id).contains("b");
    }

    @Test
    void shouldNeverElectAnIneligibleMemberEvenIfItClaimsToLead() {
        assertThat(LeaderAssignor.choose(List.of(member("a", false, true), member("b", true, false))))
                .map(MemberInfo::id).contains("b");
    }

    @Test
    void shouldElectNobodyWhenNoMemberIsEligible() {
        assertThat(LeaderAssignor.choose(List.of(member("a", false, false)))).isEmpty();
    }

    @Test
    void shouldTellEveryMemberTheSameLeaderAndGiveOnlyItTheStorePartition() {
        List<Optional<MemberInfo>> told = new ArrayList<>();
        LeaderAssignor assignor = assignor(member("self", true, false), told);
        Map<String, Subscription> subscriptions = new LinkedHashMap<>();
        subscriptions.put("m1", new Subscription(List.of("_schemas"), member("x", true, false).encode()));
        subscriptions.put("m2", new Subscription(List.of("_schemas"), member("w", true, false).encode()));
        subscriptions.put("m3", new Subscription(List.of("_schemas"), member("v", false, false).encode()));
        subscriptions.put("alien", new Subscription(List.of("_schemas"),
                ByteBuffer.wrap("not ours".getBytes(StandardCharsets.UTF_8))));

        GroupAssignment result = assignor.assign(Cluster.empty(), new GroupSubscription(subscriptions));

        assertThat(result.groupAssignment()).containsOnlyKeys("m1", "m2", "m3", "alien");
        assertThat(result.groupAssignment().get("m2").partitions()).containsExactly(new TopicPartition("_schemas", 0));
        for (Assignment a : result.groupAssignment().values()) {
            assignor.onAssignment(a, new ConsumerGroupMetadata("g", 7, "m", Optional.empty()));
        }
        assertThat(told).hasSize(4).allSatisfy(leader -> assertThat(leader).map(MemberInfo::url)
                .contains("http://w:8081"));
    }

    @Test
    void shouldTellNoLeaderWhenNoMemberIsEligible() {
        List<Optional<MemberInfo>> told = new ArrayList<>();
        LeaderAssignor assignor = assignor(member("self", false, false), told);
        GroupAssignment result = assignor.assign(Cluster.empty(), new GroupSubscription(Map.of(
                "m1", new Subscription(List.of("_schemas"), assignor.subscriptionUserData(null)))));
        assignor.onAssignment(result.groupAssignment().get("m1"), new ConsumerGroupMetadata("g"));
        assertThat(told).containsExactly(Optional.empty());
    }

    @Test
    void shouldReadBackWhatAMemberAdvertises() {
        MemberInfo info = new MemberInfo("id-1", "http://registry-0.registry:8081", true, false);
        assertThat(MemberInfo.decode(info.encode())).contains(info);
        assertThat(MemberInfo.decode(null)).isEmpty();
        assertThat(MemberInfo.decode(ByteBuffer.wrap("{\"v\":99}".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    private static LeaderAssignor assignor(MemberInfo self, List<Optional<MemberInfo>> told) {
        LeaderAssignor assignor = new LeaderAssignor();
        assignor.configure(Map.of(LeaderAssignor.MEMBER_CONFIG, new LeaderAssignor.Member() {
            @Override
            public MemberInfo info() {
                return self;
            }

            @Override
            public void assigned(Optional<MemberInfo> leader, int generation) {
                told.add(leader);
            }
        }));
        return assignor;
    }
}
