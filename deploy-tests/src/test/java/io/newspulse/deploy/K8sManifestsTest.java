package io.newspulse.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.config.ConfigLayers;
import io.newspulse.kafka.topics.TopicSpec;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.cli.Newspulse;
import io.newspulse.producer.publish.NewsProducerConfig;
import io.newspulse.registry.server.SchemaRegistryConfig;
import io.newspulse.streams.config.StreamsAppConfig;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaClusterSpec;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTransactionalIdResource;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * deploy/k8s, checked without a cluster for what breaks a deployment: every document binds to its typed model
 * with no unknown field, selectors find their pods, named ports exist, the apps' commands, flags and
 * NEWSPULSE_* variables are ones they read, and the Kafka resources agree with {@link Topics}.
 */
class K8sManifestsTest {
    private static final Pattern VAR_REF = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
    private static K8sManifests manifests;

    @BeforeAll
    static void load() {
        manifests = K8sManifests.load();
    }

    @Test
    void shouldListEveryManifestFileInTheKustomization() throws IOException {
        assertThat(manifests.listedFiles()).containsExactlyInAnyOrderElementsOf(K8sManifests.yamlFilesOnDisk());
    }

    @Test
    void shouldBindEveryDocumentWithoutUnknownFields() {
        SoftAssertions softly = new SoftAssertions();
        for (K8sManifests.Doc doc : manifests.docs()) {
            Class<? extends HasMetadata> type = doc.resource().getClass();
            // Strimzi's classes serve v1 and the deprecated v1beta2 (gone in Strimzi 1.x): use v1
            String expected = type.getPackageName().startsWith("io.strimzi") ? HasMetadata.getGroup(type) + "/v1" : HasMetadata.getApiVersion(type);
            softly.assertThat(doc.tree().path("apiVersion").asText()).as(doc + " apiVersion").isEqualTo(expected);
            softly.assertThat(K8sManifests.unknownFields(doc.resource())).as(doc + " fields no model property reads").isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void shouldNotDeclareTheSameResourceTwice() {
        List<String> ids = manifests.docs().stream().map(d -> d.kind() + "/" + d.name()).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void shouldSelectThePodsOfEachWorkloadWithItsOwnSelector() {
        for (Workload w : workloads()) {
            assertThat(w.selector().getMatchExpressions()).as(w.name()).isNullOrEmpty();
            assertThat(w.template().getMetadata().getLabels()).as(w.name() + " pod labels")
                    .containsAllEntriesOf(w.selector().getMatchLabels());
        }
    }

    @Test
    void shouldPointEveryServiceAtPodsThatServeItsTargetPorts() {
        for (Service service : manifests.all(Service.class)) {
            List<Workload> backends = selected(service.getSpec().getSelector());
            assertThat(backends).as("workloads behind Service " + name(service)).isNotEmpty();
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(port.getName()).as(name(service) + " port name").isNotBlank();
                for (Workload w : backends) {
                    assertThat(hasPort(w, port.getTargetPort())).as(name(service) + " → " + w.name() + " port " + port.getTargetPort()).isTrue();
                }
            }
        }
    }

    @Test
    void shouldCoverAnExistingWorkloadWithEveryDisruptionBudget() {
        for (PodDisruptionBudget pdb : manifests.all(PodDisruptionBudget.class)) {
            assertThat(selected(pdb.getSpec().getSelector().getMatchLabels())).as(name(pdb)).hasSize(1);
        }
        assertThat(manifests.all(PodDisruptionBudget.class).stream().map(p -> selected(p.getSpec().getSelector().getMatchLabels()).get(0).name()))
                .contains("newspulse-stream");
    }

    @Test
    void shouldProbeNamedPortsTheContainerDeclares() {
        for (Workload w : workloads()) {
            for (Container c : w.template().getSpec().getContainers()) {
                for (Probe probe : probes(c)) {
                    assertThat(probe.getHttpGet()).as(w.name() + " probes over HTTP").isNotNull();
                    IntOrString port = probe.getHttpGet().getPort();
                    assertThat(port.getStrVal()).as(w.name() + " probe port is named").isNotNull();
                    assertThat(hasPort(w, port)).as(w.name() + " probe port " + port.getStrVal()).isTrue();
                }
            }
        }
    }

    @Test
    void shouldResolveEveryConfigMapVolumeAndClaimAWorkloadUses() {
        Set<String> configMaps = names(manifests.all(ConfigMap.class));
        Set<String> claims = names(manifests.all(PersistentVolumeClaim.class));
        for (Workload w : workloads()) {
            List<Volume> volumes = w.template().getSpec().getVolumes() == null ? List.of() : w.template().getSpec().getVolumes();
            Set<String> volumeNames = new HashSet<>(volumes.stream().map(Volume::getName).toList());
            volumeNames.addAll(w.claimTemplates());
            for (Volume v : volumes) {
                if (v.getPersistentVolumeClaim() != null) {
                    assertThat(claims).as(w.name() + " volume " + v.getName()).contains(v.getPersistentVolumeClaim().getClaimName());
                }
                if (v.getConfigMap() != null) {
                    assertThat(configMaps).as(w.name() + " volume " + v.getName()).contains(v.getConfigMap().getName());
                }
            }
            for (Container c : w.template().getSpec().getContainers()) {
                c.getVolumeMounts().forEach(m -> assertThat(volumeNames).as(w.name() + " mount " + m.getMountPath()).contains(m.getName()));
                for (EnvFromSource from : list(c.getEnvFrom())) {
                    assertThat(configMaps).as(w.name() + " envFrom").contains(from.getConfigMapRef().getName());
                }
                for (EnvVar env : list(c.getEnv())) {
                    if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                        var ref = env.getValueFrom().getConfigMapKeyRef();
                        assertThat(manifests.one(ConfigMap.class, ref.getName()).getData()).as(w.name() + " " + env.getName()).containsKey(ref.getKey());
                    }
                }
            }
        }
    }

    @Test
    void shouldRunEveryPodAsNonRootWithoutServiceLinkVariables() {
        for (Workload w : workloads()) {
            var spec = w.template().getSpec();
            // Kubernetes injects <SERVICE>_PORT=tcp://... variables; for Services named newspulse-* they would be
            // read as NEWSPULSE_* configuration keys
            assertThat(spec.getEnableServiceLinks()).as(w.name() + " enableServiceLinks").isFalse();
            assertThat(spec.getSecurityContext().getRunAsNonRoot()).as(w.name() + " runAsNonRoot").isTrue();
            assertThat(spec.getSecurityContext().getRunAsUser()).as(w.name() + " runAsUser").isPositive();
            for (Container c : spec.getContainers()) {
                assertThat(c.getImage()).as(w.name() + " image (set by the kustomization's images:)").isEqualTo("newspulse");
                assertThat(c.getResources().getRequests()).as(w.name() + " resource requests").containsKeys("cpu", "memory");
                assertThat(c.getResources().getLimits()).as(w.name() + " memory limit (the JVM sizes its heap from it)").containsKey("memory");
            }
        }
    }

    @Test
    void shouldRunCommandsAndFlagsTheLauncherHas() {
        for (Workload w : workloads()) {
            for (Container c : w.template().getSpec().getContainers()) {
                Map<String, String> env = environment(c);
                String[] args = c.getArgs().stream().map(a -> expand(a, env, w.name())).toArray(String[]::new);
                CommandLine cli = new CommandLine(new Newspulse());
                assertThatCode(() -> cli.parseArgs(args)).as(w.name() + " args " + String.join(" ", args)).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void shouldOnlySetConfigKeysTheAppReadsWithValuesItAccepts() {
        for (Workload w : workloads()) {
            for (Container c : w.template().getSpec().getContainers()) {
                Map<String, String> env = environment(c);
                Map<String, String> expanded = new LinkedHashMap<>();
                env.forEach((k, v) -> expanded.put(k, expand(v, env, w.name())));
                Map<String, Object> props = ConfigLayers.create().env(expanded).toMap();
                String command = c.getArgs().get(0);
                Set<String> known = keysOf(command);
                assertThat(known).as(w.name() + " runs a command this test knows").isNotEmpty();
                assertThat(props.keySet()).as(w.name() + " (" + command + ") NEWSPULSE_* keys").allSatisfy(k -> assertThat(known).contains(k));
                assertThatCode(() -> configOf(command, props)).as(w.name() + " config values").doesNotThrowAnyException();
            }
        }
    }

    @Test
    void shouldAdvertiseEachStreamPodByItsStableNameBehindTheHeadlessService() {
        StatefulSet stream = manifests.one(StatefulSet.class, "newspulse-stream");
        Service headless = manifests.one(Service.class, stream.getSpec().getServiceName());
        assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(headless.getSpec().getPublishNotReadyAddresses()).isTrue();
        assertThat(stream.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(headless.getSpec().getSelector());

        Container c = stream.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> env = environment(c);
        assertThat(env.get("NEWSPULSE_HTTP_HOST")).isEqualTo("$(POD_NAME)." + headless.getMetadata().getName() + ".$(POD_NAMESPACE).svc.cluster.local");
        assertThat(list(c.getEnv())).filteredOn(e -> e.getName().equals("POD_NAME"))
                .singleElement().satisfies(e -> assertThat(e.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name"));
        assertThat(list(c.getEnv())).filteredOn(e -> e.getName().equals("POD_NAMESPACE"))
                .singleElement().satisfies(e -> assertThat(e.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.namespace"));
        int httpPort = Integer.parseInt(env.get("NEWSPULSE_HTTP_PORT"));
        assertThat(c.getPorts()).filteredOn(p -> "http".equals(p.getName())).singleElement()
                .extracting(ContainerPort::getContainerPort).isEqualTo(httpPort);
        assertThat(env).containsEntry("NEWSPULSE_NUM_STANDBY_REPLICAS", "1");
        // state on the claim, not in the container
        assertThat(c.getVolumeMounts()).anySatisfy(m -> {
            assertThat(m.getName()).isIn(stream.getSpec().getVolumeClaimTemplates().stream().map(p -> p.getMetadata().getName()).toList());
            assertThat(m.getMountPath()).isEqualTo(env.get("NEWSPULSE_DATA_DIR"));
        });
        assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/ready");
        assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/health");
        assertThat(c.getStartupProbe()).as("a start-up probe keeps liveness from killing a pod that restores its stores").isNotNull();
        assertThat(stream.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds()).isGreaterThanOrEqualTo(30L);
    }

    @Test
    void shouldScrapeMetricsFromExactlyOneServicePerPodSet() {
        for (ServiceMonitor monitor : manifests.all(ServiceMonitor.class)) {
            List<Service> services = manifests.all(Service.class).stream()
                    .filter(s -> labelsMatch(s.getMetadata().getLabels(), monitor.getSpec().getSelector().getMatchLabels())).toList();
            assertThat(services).as(name(monitor) + " selects one Service (two over the same pods double every series)").hasSize(1);
            Set<String> ports = services.get(0).getSpec().getPorts().stream().map(ServicePort::getName).collect(Collectors.toSet());
            monitor.getSpec().getEndpoints().forEach(e -> {
                assertThat(ports).as(name(monitor) + " endpoint port").contains(e.getPort());
                assertThat(e.getPath()).isEqualTo("/metrics");
            });
        }
        assertThat(manifests.all(ServiceMonitor.class)).isNotEmpty();
    }

    @Test
    void shouldPointTheAppsAtTheKafkaBootstrapAndRegistryServices() {
        ConfigMap shared = manifests.one(ConfigMap.class, GeneratedManifests.SHARED_CONFIG);
        Kafka kafka = kafka();
        GenericKafkaListener plain = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> l.getAuth() == null).findFirst().orElseThrow(() -> new AssertionError("no listener without authentication"));
        assertThat(shared.getData()).containsEntry("NEWSPULSE_BOOTSTRAP_SERVERS", kafka.getMetadata().getName() + "-kafka-bootstrap:" + plain.getPort());
        Service registry = manifests.one(Service.class, "newspulse-registry");
        assertThat(shared.getData()).containsEntry("NEWSPULSE_SCHEMA_REGISTRY_URL",
                "http://" + registry.getMetadata().getName() + ":" + registry.getSpec().getPorts().get(0).getPort());
        assertThat(plain.getNetworkPolicyPeers()).as("only newspulse pods reach the unauthenticated listener").isNotEmpty();
        plain.getNetworkPolicyPeers().forEach(peer -> assertThat(workloads()).allSatisfy(w ->
                assertThat(w.template().getMetadata().getLabels()).as(w.name()).containsAllEntriesOf(peer.getPodSelector().getMatchLabels())));
    }

    @Test
    void shouldRunKraftWithThreeRackAwareBrokersEnoughForTheTopics() {
        Kafka kafka = kafka();
        List<KafkaNodePool> pools = manifests.all(KafkaNodePool.class);
        pools.forEach(p -> assertThat(p.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName()));
        int brokers = pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.BROKER)).mapToInt(p -> p.getSpec().getReplicas()).sum();
        int controllers = pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.CONTROLLER)).mapToInt(p -> p.getSpec().getReplicas()).sum();
        assertThat(brokers).isEqualTo(3);
        assertThat(controllers % 2).as("an odd number of KRaft controllers").isEqualTo(1);
        assertThat(kafka.getSpec().getKafka().getRack().getTopologyKey()).isEqualTo("topology.kubernetes.io/zone");

        Topics topics = GeneratedManifests.topics(manifests.one(ConfigMap.class, GeneratedManifests.SHARED_CONFIG));
        int replication = topics.all().get(0).replicationFactor();
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        int minIsr = Integer.parseInt(config.get("min.insync.replicas").toString());
        assertThat(replication).isLessThanOrEqualTo(brokers);
        assertThat(minIsr).as("min.insync.replicas leaves room for one broker down").isLessThan(replication);
        assertThat(config.get("auto.create.topics.enable")).hasToString("false");
        // Strimzi ignores (and warns about) broker keys it manages itself
        List<String> forbidden = List.of(KafkaClusterSpec.FORBIDDEN_PREFIXES.split(",\\s*"));
        List<String> exceptions = List.of(KafkaClusterSpec.FORBIDDEN_PREFIX_EXCEPTIONS.split(",\\s*"));
        assertThat(config.keySet()).allSatisfy(key -> assertThat(exceptions.contains(key) || forbidden.stream().noneMatch(key::startsWith))
                .as("broker config " + key + " is managed by Strimzi").isTrue());
    }

    @Test
    void shouldDeclareEveryContractTopicAsInTopics() {
        Topics topics = GeneratedManifests.topics(manifests.one(ConfigMap.class, GeneratedManifests.SHARED_CONFIG));
        String cluster = kafka().getMetadata().getName();
        Map<String, KafkaTopic> byTopic = new HashMap<>();
        for (KafkaTopic t : manifests.all(KafkaTopic.class)) {
            assertThat(t.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
            byTopic.put(Objects.requireNonNullElse(t.getSpec().getTopicName(), t.getMetadata().getName()), t);
        }
        assertThat(byTopic.keySet()).containsExactlyInAnyOrderElementsOf(topics.all().stream().map(TopicSpec::name).toList());
        for (TopicSpec spec : topics.all()) {
            KafkaTopic t = byTopic.get(spec.name());
            assertThat(t.getSpec().getPartitions()).as(spec.name()).isEqualTo(spec.partitions());
            assertThat(t.getSpec().getReplicas()).as(spec.name()).isEqualTo((int) spec.replicationFactor());
            Map<String, String> configs = new HashMap<>();
            t.getSpec().getConfig().forEach((k, v) -> configs.put(k, String.valueOf(v)));
            assertThat(configs).as(spec.name()).isEqualTo(spec.configs());
        }
    }

    @Test
    void shouldGrantEachAppUserTheTopicsItUses() {
        Topics topics = GeneratedManifests.topics(manifests.one(ConfigMap.class, GeneratedManifests.SHARED_CONFIG));
        String cluster = kafka().getMetadata().getName();
        manifests.all(KafkaUser.class).forEach(u -> {
            assertThat(u.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
            // the singular 'operation' is gone from kafka.strimzi.io/v1
            assertThat(rules(u)).as(name(u)).allSatisfy(r -> assertThat(r.getOperation()).isNull());
        });
        KafkaUser producer = manifests.one(KafkaUser.class, "newspulse-producer");
        KafkaUser stream = manifests.one(KafkaUser.class, "newspulse-stream");
        KafkaUser registry = manifests.one(KafkaUser.class, "newspulse-registry");

        for (String topic : List.of(topics.articles(), topics.articlesRejected())) {
            assertThat(topicOps(producer, topic)).as("producer on " + topic).contains(AclOperation.WRITE, AclOperation.DESCRIBE);
        }
        assertThat(topicOps(stream, topics.articles())).contains(AclOperation.READ);
        for (String topic : List.of(topics.duplicates(), topics.mentions(), topics.companies(), topics.signals(),
                topics.signalsFinal(), topics.alerts(), topics.deadletter())) {
            assertThat(topicOps(stream, topic)).as("stream on " + topic).contains(AclOperation.READ, AclOperation.WRITE);
        }
        assertThat(topicOps(stream, topics.companySignals("toyota"))).contains(AclOperation.CREATE, AclOperation.WRITE);
        String applicationId = new StreamsAppConfig(Map.of(CommonConfig.BOOTSTRAP_SERVERS, "k:9092", CommonConfig.SCHEMA_REGISTRY_URL, "http://r"))
                .getString(StreamsAppConfig.APPLICATION_ID);
        assertThat(topicOps(stream, applicationId + "-dedup-store-changelog")).as("internal topics").contains(AclOperation.ALL);
        assertThat(rules(stream)).anySatisfy(r -> {
            assertThat(r.getResource()).isInstanceOfSatisfying(AclRuleGroupResource.class, g -> assertThat(covers(g.getName(), g.getPatternType(), applicationId)).isTrue());
            assertThat(r.getOperations()).contains(AclOperation.READ);
        });
        assertThat(rules(stream)).anySatisfy(r -> {
            assertThat(r.getResource()).isInstanceOfSatisfying(AclRuleTransactionalIdResource.class,
                    t -> assertThat(covers(t.getName(), t.getPatternType(), applicationId + "-00000000-0000-0000-0000-000000000000-1")).isTrue());
            assertThat(r.getOperations()).contains(AclOperation.WRITE);
        });
        assertThat(topicOps(registry, topics.schemas())).contains(AclOperation.READ, AclOperation.WRITE);
        assertThat(kafka().getSpec().getKafka().getListeners()).as("a listener where the users authenticate")
                .anySatisfy(l -> assertThat(l.getAuth()).isNotNull());
    }

    // --- helpers ---

    record Workload(String name, LabelSelector selector, PodTemplateSpec template, List<String> claimTemplates) {
    }

    private static List<Workload> workloads() {
        List<Workload> result = new ArrayList<>();
        manifests.all(Deployment.class).forEach(d -> result.add(new Workload(name(d), d.getSpec().getSelector(), d.getSpec().getTemplate(), List.of())));
        manifests.all(StatefulSet.class).forEach(s -> result.add(new Workload(name(s), s.getSpec().getSelector(), s.getSpec().getTemplate(),
                s.getSpec().getVolumeClaimTemplates().stream().map(p -> p.getMetadata().getName()).toList())));
        manifests.all(Job.class).forEach(j -> result.add(new Workload(name(j),
                new LabelSelector(List.of(), j.getSpec().getTemplate().getMetadata().getLabels()), j.getSpec().getTemplate(), List.of())));
        assertThat(result).extracting(Workload::name).contains("newspulse-stream", "newspulse-registry", "newspulse-feeds", "newspulse-archive-load");
        return result;
    }

    private static List<Workload> selected(Map<String, String> selector) {
        assertThat(selector).as("selector").isNotEmpty();
        return workloads().stream().filter(w -> !(w.template().getSpec().getRestartPolicy() != null && w.template().getSpec().getRestartPolicy().equals("Never")))
                .filter(w -> labelsMatch(w.template().getMetadata().getLabels(), selector)).toList();
    }

    private static boolean labelsMatch(Map<String, String> labels, Map<String, String> selector) {
        return labels != null && labels.entrySet().containsAll(selector.entrySet());
    }

    private static boolean hasPort(Workload w, IntOrString port) {
        return w.template().getSpec().getContainers().stream().flatMap(c -> list(c.getPorts()).stream())
                .anyMatch(p -> port.getStrVal() != null ? port.getStrVal().equals(p.getName()) : port.getIntVal().equals(p.getContainerPort()));
    }

    private static List<Probe> probes(Container c) {
        List<Probe> probes = new ArrayList<>();
        for (Probe p : new Probe[] {c.getStartupProbe(), c.getReadinessProbe(), c.getLivenessProbe()}) {
            if (p != null) {
                probes.add(p);
            }
        }
        return probes;
    }

    /** The container's variables: envFrom ConfigMaps first, then env (which wins), values unexpanded. */
    private static Map<String, String> environment(Container c) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : list(c.getEnvFrom())) {
            env.putAll(manifests.one(ConfigMap.class, from.getConfigMapRef().getName()).getData());
        }
        for (EnvVar e : list(c.getEnv())) {
            if (e.getValue() != null) {
                env.put(e.getName(), e.getValue());
            } else if (e.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = e.getValueFrom().getConfigMapKeyRef();
                env.put(e.getName(), manifests.one(ConfigMap.class, ref.getName()).getData().get(ref.getKey()));
            } else {
                env.put(e.getName(), "pod-field-" + e.getName().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }
        }
        return env;
    }

    /** Kubernetes' $(VAR) expansion; a reference to an undefined variable is a mistake here. */
    private static String expand(String value, Map<String, String> env, String where) {
        Matcher m = VAR_REF.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            assertThat(env).as(where + " defines " + m.group(1)).containsKey(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(env.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /** The configuration keys a command reads: its own, plus the Kafka client keys it passes through. */
    private static Set<String> keysOf(String command) {
        Set<String> keys = new HashSet<>(CommonConfig.define(new org.apache.kafka.common.config.ConfigDef()).names());
        switch (command) {
            case "stream" -> {
                keys.addAll(StreamsAppConfig.DEF.names());
                keys.addAll(StreamsConfig.configDef().names());
                keys.addAll(ConsumerConfig.configNames());
                keys.addAll(ProducerConfig.configNames());
                keys.addAll(AdminClientConfig.configNames());
            }
            case "produce" -> {
                keys.addAll(NewsProducerConfig.configDef().names());
                keys.addAll(ProducerConfig.configNames());
            }
            case "registry" -> {
                keys.addAll(SchemaRegistryConfig.configDef().names());
                ProducerConfig.configNames().forEach(k -> keys.add(SchemaRegistryConfig.KAFKASTORE_CLIENT_PREFIX + k));
                ConsumerConfig.configNames().forEach(k -> keys.add(SchemaRegistryConfig.KAFKASTORE_CLIENT_PREFIX + k));
            }
            default -> keys.clear();
        }
        return keys;
    }

    /** Builds the command's configuration object, which parses and range-checks every value. */
    private static Object configOf(String command, Map<String, Object> props) {
        return switch (command) {
            case "stream" -> new StreamsAppConfig(props);
            case "produce" -> new NewsProducerConfig(props);
            case "registry" -> {
                Map<String, Object> registry = new HashMap<>(props);
                registry.put(SchemaRegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS, props.get(CommonConfig.BOOTSTRAP_SERVERS));
                yield new SchemaRegistryConfig(registry);
            }
            default -> throw new AssertionError(command);
        };
    }

    private static Kafka kafka() {
        List<Kafka> all = manifests.all(Kafka.class);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static List<AclRule> rules(KafkaUser user) {
        return ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
    }

    private static Set<AclOperation> topicOps(KafkaUser user, String topic) {
        Set<AclOperation> ops = new HashSet<>();
        for (AclRule rule : rules(user)) {
            if (rule.getResource() instanceof AclRuleTopicResource t && covers(t.getName(), t.getPatternType(), topic)) {
                ops.addAll(rule.getOperations());
            }
        }
        return ops;
    }

    private static boolean covers(String name, AclResourcePatternType pattern, String resource) {
        return pattern == AclResourcePatternType.PREFIX ? resource.startsWith(name) : resource.equals(name);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static Set<String> names(List<? extends HasMetadata> resources) {
        return resources.stream().map(K8sManifestsTest::name).collect(Collectors.toSet());
    }

    private static String name(HasMetadata resource) {
        return resource.getMetadata().getName();
    }
}
