package io.newspulse.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every manifest of {@code deploy/k8s}, read the way the cluster would read it: the files the kustomization lists,
 * each YAML document bound to its typed model (fabric8 for Kubernetes kinds, Strimzi's api for Strimzi kinds).
 * Both model libraries keep unknown fields in an {@code additionalProperties} map instead of failing, and the API
 * server would drop them silently, so {@link #unknownFields} finds them.
 */
final class K8sManifests {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");

    /** Kubernetes kinds (fabric8 8.x models bind with Jackson 3). */
    private static final Map<String, Class<? extends HasMetadata>> KUBERNETES = Map.of(
            "Namespace", Namespace.class, "ConfigMap", ConfigMap.class, "Service", Service.class,
            "PersistentVolumeClaim", PersistentVolumeClaim.class, "Deployment", Deployment.class,
            "StatefulSet", StatefulSet.class, "Job", Job.class, "PodDisruptionBudget", PodDisruptionBudget.class,
            "ServiceMonitor", ServiceMonitor.class);
    /** Strimzi kinds (its api module binds with Jackson 2 annotations). */
    private static final Map<String, Class<? extends HasMetadata>> STRIMZI = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class,
            "KafkaUser", KafkaUser.class);

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final tools.jackson.databind.ObjectMapper JACKSON3 = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** One YAML document of one file. */
    record Doc(Path file, JsonNode tree, HasMetadata resource) {
        String kind() {
            return resource.getKind();
        }

        String name() {
            return resource.getMetadata().getName();
        }

        @Override
        public String toString() {
            return kind() + "/" + name() + " (" + K8S.relativize(file) + ")";
        }
    }

    private final List<Doc> docs;
    private final List<Path> listedFiles;

    private K8sManifests(List<Doc> docs, List<Path> listedFiles) {
        this.docs = docs;
        this.listedFiles = listedFiles;
    }

    static K8sManifests load() {
        try {
            JsonNode kustomization = YAML.readTree(K8S.resolve("kustomization.yaml").toFile());
            List<Path> files = new ArrayList<>();
            kustomization.get("resources").forEach(r -> files.add(K8S.resolve(r.asText())));
            List<Doc> docs = new ArrayList<>();
            for (Path file : files) {
                docs.addAll(read(file));
            }
            return new K8sManifests(docs, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Doc> read(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        ObjectReader reader = YAML.readerFor(JsonNode.class);
        try (var it = reader.<JsonNode>readValues(Files.readString(file))) {
            while (it.hasNext()) {
                JsonNode tree = it.next();
                if (tree == null || tree.isNull() || tree.isEmpty()) {
                    continue;
                }
                docs.add(new Doc(file, tree, bind(tree)));
            }
        }
        return docs;
    }

    private static HasMetadata bind(JsonNode tree) throws IOException {
        String kind = tree.path("kind").asText();
        if (KUBERNETES.containsKey(kind)) {
            return JACKSON3.readValue(new ObjectMapper().writeValueAsString(tree), KUBERNETES.get(kind));
        }
        if (STRIMZI.containsKey(kind)) {
            return new ObjectMapper().treeToValue(tree, STRIMZI.get(kind));
        }
        throw new IllegalArgumentException("no model for kind '" + kind + "' (add it to K8sManifests)");
    }

    List<Doc> docs() {
        return docs;
    }

    List<Path> listedFiles() {
        return listedFiles;
    }

    /** Every YAML file under deploy/k8s except the kustomization itself. */
    static List<Path> yamlFilesOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList();
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return docs.stream().map(Doc::resource).filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    /** Paths of fields that no model property took (typos, wrong nesting, fields of another API version). */
    static List<String> unknownFields(Object resource) {
        List<String> found = new ArrayList<>();
        walk(resource, resource.getClass().getSimpleName(), found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private static void walk(Object value, String path, List<String> found, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object v : c) {
                walk(v, path + "[" + i++ + "]", found, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> walk(v, path + "." + k, found, seen));
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!(pkg.startsWith("io.fabric8") || pkg.startsWith("io.strimzi")) || value.getClass().isEnum()) {
            return;
        }
        for (Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = m.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> found.add(path + "." + k));
                }
                continue;
            }
            walk(child, path + "." + Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4), found, seen);
        }
    }
}
