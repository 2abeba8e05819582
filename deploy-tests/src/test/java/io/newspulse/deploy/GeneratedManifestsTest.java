package io.newspulse.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.strimzi.api.kafka.model.kafka.Kafka;
import org.junit.jupiter.api.Test;

/**
 * The generated manifests are up to date. When one is stale (Topics, the shared ConfigMap or the dashboard changed),
 * regenerate it with {@code ./mvnw -pl deploy-tests -am test -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=GeneratedManifestsTest -Dnewspulse.k8s.write=true}.
 */
class GeneratedManifestsTest {
    private static final boolean WRITE = Boolean.getBoolean("newspulse.k8s.write");

    @Test
    void shouldGenerateTheKafkaTopicsFromTheTopicsOfTheContract() throws IOException {
        K8sManifests manifests = K8sManifests.load();
        ConfigMap shared = manifests.one(ConfigMap.class, GeneratedManifests.SHARED_CONFIG);
        String cluster = manifests.all(Kafka.class).get(0).getMetadata().getName();
        check(GeneratedManifests.TOPICS, GeneratedManifests.renderTopics(GeneratedManifests.topics(shared), cluster));
    }

    @Test
    void shouldShipTheGrafanaDashboardOfTheRepositoryAsAConfigMap() throws IOException {
        String json = GeneratedManifests.dashboardJson();
        check(GeneratedManifests.DASHBOARD, GeneratedManifests.renderDashboard(json));
        ConfigMap map = (ConfigMap) K8sManifests.read(GeneratedManifests.DASHBOARD).get(0).resource();
        assertThat(map.getData().get("newspulse.json").strip()).as("the YAML block holds the JSON unchanged").isEqualTo(json.strip());
    }

    @Test
    void shouldNameEveryTopicResourceValidlyForKubernetes() {
        for (String topic : new String[] {"_schemas", "news.articles", "company.signals.final", "staging.news.articles"}) {
            assertThat(GeneratedManifests.resourceName(topic)).matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
        }
        assertThat(GeneratedManifests.resourceName("_schemas")).isEqualTo("schemas");
    }

    private static void check(Path file, String rendered) throws IOException {
        if (WRITE) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "")
                .as(file + " is stale; regenerate it (see GeneratedManifestsTest's Javadoc)")
                .isEqualTo(rendered);
    }
}
