package io.newspulse.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.config.ConfigLayers;
import io.newspulse.kafka.topics.TopicSpec;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.streams.config.StreamsAppConfig;

/**
 * The manifests of deploy/k8s written from the code rather than by hand: the KafkaTopics from {@link Topics}
 * (with the partitions, replication and prefix of the shared ConfigMap) and the Grafana dashboard ConfigMap from
 * deploy/grafana/dashboards. {@code GeneratedManifestsTest} fails when a file is stale.
 */
final class GeneratedManifests {
    static final Path TOPICS = K8sManifests.K8S.resolve("kafka/topics.yaml");
    static final Path DASHBOARD = K8sManifests.K8S.resolve("monitoring/grafana-dashboard.yaml");
    static final Path DASHBOARD_JSON = K8sManifests.ROOT.resolve("deploy/grafana/dashboards/newspulse.json");
    static final String SHARED_CONFIG = "newspulse-config";

    private GeneratedManifests() {
    }

    /** The contract topics of the deployment configured by the shared ConfigMap. */
    static Topics topics(ConfigMap shared) {
        Map<String, Object> props = ConfigLayers.create().env(shared.getData()).toMap();
        return CommonConfig.topics(new StreamsAppConfig(props));
    }

    /** Kubernetes resource name of a topic: lower-case DNS subdomain ('_schemas' becomes 'schemas'). */
    static String resourceName(String topic) {
        String name = topic.toLowerCase(Locale.ROOT).replace('_', '-');
        return name.replaceAll("^[^a-z0-9]+", "");
    }

    static String renderTopics(Topics topics, String cluster) {
        StringBuilder out = new StringBuilder();
        out.append("# GENERATED from io.newspulse.kafka.topics.Topics and the newspulse-config ConfigMap by\n")
                .append("# GeneratedManifestsTest; do not edit. Regenerate: ./mvnw -pl deploy-tests -am test\n")
                .append("#   -Dsurefire.failIfNoSpecifiedTests=false -Dtest=GeneratedManifestsTest -Dnewspulse.k8s.write=true\n")
                .append("# The per-company topics (signals.<company-id>) are not here: the stream app creates them at run time.\n");
        boolean first = true;
        for (TopicSpec spec : topics.all()) {
            if (!first) {
                out.append("---\n");
            }
            first = false;
            out.append("# ").append(spec.description()).append('\n')
                    .append("apiVersion: kafka.strimzi.io/v1\n")
                    .append("kind: KafkaTopic\n")
                    .append("metadata:\n")
                    .append("  name: ").append(resourceName(spec.name())).append('\n')
                    .append("  labels:\n")
                    .append("    strimzi.io/cluster: ").append(cluster).append('\n')
                    .append("spec:\n")
                    .append("  topicName: ").append(quote(spec.name())).append('\n')
                    .append("  partitions: ").append(spec.partitions()).append('\n')
                    .append("  replicas: ").append(spec.replicationFactor()).append('\n')
                    .append("  config:\n");
            new TreeMap<>(spec.configs()).forEach((k, v) -> out.append("    ").append(k).append(": ").append(quote(v)).append('\n'));
        }
        return out.toString();
    }

    static String renderDashboard(String json) {
        StringBuilder out = new StringBuilder();
        out.append("# GENERATED from deploy/grafana/dashboards/newspulse.json by GeneratedManifestsTest; do not edit.\n")
                .append("# Grafana's dashboard sidecar (kube-prometheus-stack: label grafana_dashboard) loads it.\n")
                .append("apiVersion: v1\n")
                .append("kind: ConfigMap\n")
                .append("metadata:\n")
                .append("  name: newspulse-grafana-dashboard\n")
                .append("  labels:\n")
                .append("    grafana_dashboard: \"1\"\n")
                .append("data:\n")
                .append("  newspulse.json: |\n");
        json.lines().forEach(line -> out.append(line.isEmpty() ? "" : "    " + line).append('\n'));
        return out.toString();
    }

    static String dashboardJson() throws IOException {
        return Files.readString(DASHBOARD_JSON, StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
