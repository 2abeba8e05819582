package io.newspulse.registry.election;

import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Configurable;
import org.apache.kafka.common.TopicPartition;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The group "assignor" of the registry's election: it picks the leader, gives it partition 0 of the store topic
 * (nobody else gets a partition) and names it to everyone. Each member
 * joins with its {@link MemberInfo}; the group's coordinating member runs {@link #assign} and tells every member,
 * in its assignment's user data, which member leads and at which URL (Kafka group membership as the arbiter, as
 * Confluent's registry does with its own group protocol).
 */
public final class LeaderAssignor implements ConsumerPartitionAssignor, Configurable {
    /** Consumer config key carrying the {@link Member} this assignor reports to (an object, not a string). */
    public static final String MEMBER_CONFIG = "newspulse.registry.election.member";
    static final String NAME = "newspulse-registry-leader";

    /** The registry instance behind one consumer. */
    public interface Member {
        /** What this instance tells the group when it (re)joins. */
        MemberInfo info();

        /** The leader the group agreed on in {@code generation} (empty: no eligible member). */
        void assigned(Optional<MemberInfo> leader, int generation);
    }

    private Member member;

    @Override
    public void configure(Map<String, ?> configs) {
        Object m = configs.get(MEMBER_CONFIG);
        if (!(m instanceof Member given)) {
            throw new IllegalArgumentException(MEMBER_CONFIG + " must be a " + Member.class.getName());
        }
        member = given;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ByteBuffer subscriptionUserData(Set<String> topics) {
        return member.info().encode();
    }

    @Override
    public GroupAssignment assign(Cluster metadata, GroupSubscription groupSubscription) {
        Map<String, MemberInfo> members = new HashMap<>();
        groupSubscription.groupSubscription().forEach((memberId, subscription) ->
                MemberInfo.decode(subscription.userData()).ifPresent(info -> members.put(memberId, info)));
        Optional<MemberInfo> leader = choose(members.values());
        Map<String, Assignment> out = new HashMap<>();
        groupSubscription.groupSubscription().forEach((memberId, subscription) -> {
            boolean leads = leader.isPresent() && leader.get().equals(members.get(memberId));
            // the leader owns partition 0 of the store topic (the election consumer never reads it: it is paused)
            List<TopicPartition> partitions = leads && !subscription.topics().isEmpty()
                    ? List.of(new TopicPartition(subscription.topics().get(0), 0)) : List.of();
            out.put(memberId, new Assignment(partitions, leader.map(MemberInfo::encode).orElse(null)));
        });
        return new GroupAssignment(out);
    }

    @Override
    public void onAssignment(Assignment assignment, ConsumerGroupMetadata metadata) {
        member.assigned(MemberInfo.decode(assignment.userData()), metadata.generationId());
    }

    /**
     * The leader among the members: the eligible member that already leads (so a joining instance never takes over
     * a working leader), else the eligible member with the smallest id; empty when no member is eligible.
     */
    static Optional<MemberInfo> choose(Collection<MemberInfo> members) {
        Comparator<MemberInfo> byId = Comparator.comparing(MemberInfo::id);
        List<MemberInfo> eligible = members.stream().filter(MemberInfo::eligible).toList();
        Optional<MemberInfo> current = eligible.stream().filter(MemberInfo::leader).min(byId);
        return current.isPresent() ? current : eligible.stream().min(byId);
    }
}
