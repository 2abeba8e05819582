package io.newspulse.kafka.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TopicsTest {
    @Test
    void shouldDefineEveryTopicOfTheContractWithItsCleanupPolicy() {
        List<TopicSpec> all = Topics.defaults().all();
        assertThat(all).extracting(TopicSpec::name).containsExactlyInAnyOrder(
                "news.articles", "news.articles.rejected", "news.duplicates", "news.mentions", "companies",
                "company.signals", "company.signals.final", "company.alerts", "news.deadletter", "_schemas");
        assertThat(all).filteredOn(TopicSpec::compacted).extracting(TopicSpec::name).containsExactlyInAnyOrder("companies", "_schemas");
        assertThat(all).filteredOn(s -> !s.compacted()).allMatch(s -> s.configs().containsKey("retention.ms"));
        assertThat(all).filteredOn(s -> !s.name().equals("_schemas")).allMatch(s -> s.partitions() == 3);
    }

    @Test
    void shouldStampEveryTimeRetainedTopicWithArrivalTimeSoOldEventTimesDoNotExpireFreshRecords() {
        Topics topics = Topics.defaults();
        assertThat(topics.all()).filteredOn(s -> !s.compacted()).extracting(TopicSpec::name)
                .contains("news.articles", "news.mentions", "company.signals", "company.signals.final", "company.alerts",
                        "news.deadletter", "news.duplicates");
        assertThat(topics.all()).filteredOn(s -> !s.compacted())
                .allMatch(s -> "LogAppendTime".equals(s.configs().get("message.timestamp.type")));
        assertThat(topics.companySignalTopics(java.util.List.of("toyota")))
                .allMatch(s -> "LogAppendTime".equals(s.configs().get("message.timestamp.type")));
        assertThat(topics.all()).filteredOn(TopicSpec::compacted)
                .allMatch(s -> !s.configs().containsKey("message.timestamp.type"));
    }

    @Test
    void shouldPrefixEveryTopicButTheRegistryStore() {
        Topics topics = new Topics("staging.", 6, (short) 3, Map.of("min.insync.replicas", "2"));
        assertThat(topics.articles()).isEqualTo("staging.news.articles");
        assertThat(topics.companySignals("softbank-group")).isEqualTo("staging.signals.softbank-group");
        assertThat(topics.schemas()).isEqualTo("_schemas");
        assertThat(topics.all()).allMatch(s -> s.replicationFactor() == 3 && "2".equals(s.configs().get("min.insync.replicas")));
    }

    @Test
    void shouldGiveEachCompanyTopicOnePartition() {
        assertThat(Topics.defaults().companySignalTopics(List.of("microsoft", "toyota")))
                .extracting(TopicSpec::name, TopicSpec::partitions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("signals.microsoft", 1), org.assertj.core.groups.Tuple.tuple("signals.toyota", 1));
    }

    @Test
    void shouldRefuseCompanyIdsThatCannotBeTopicNames() {
        assertThat(Topics.isLegalCompanyId("Microsoft")).isFalse();
        assertThat(Topics.isLegalCompanyId("a/b")).isFalse();
        assertThatThrownBy(() -> Topics.defaults().companySignals("bad id")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseNonsensePartitionCounts() {
        assertThatThrownBy(() -> new TopicSpec("t", 0, (short) 1, Map.of(), "")).hasMessageContaining("partitions");
    }
}
