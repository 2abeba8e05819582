package io.newspulse.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Jib image profile of app/pom.xml is sane without building it (its base image needs a registry): it runs the
 * launcher's main class as a non-root user with a container-sized heap, only under -Pimage, and the image name,
 * user, ports and state directory agree with docker-compose.yml and deploy/k8s.
 */
class ImageConfigTest {
    private static Element appProject;
    private static Element jib;
    private static String projectVersion;
    private static String kafkaVersion;

    @BeforeAll
    static void parse() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document app = factory.newDocumentBuilder().parse(K8sManifests.ROOT.resolve("app/pom.xml").toFile());
        appProject = app.getDocumentElement();
        Document root = factory.newDocumentBuilder().parse(K8sManifests.ROOT.resolve("pom.xml").toFile());
        projectVersion = text(root.getDocumentElement(), "version");
        kafkaVersion = text(root.getDocumentElement(), "properties/kafka.version");
        Element profile = children(child(appProject, "profiles"), "profile").stream()
                .filter(p -> text(p, "id").equals("image")).findFirst().orElseThrow(() -> new AssertionError("no 'image' profile in app/pom.xml"));
        jib = children(child(child(profile, "build"), "plugins"), "plugin").stream()
                .filter(p -> text(p, "artifactId").equals("jib-maven-plugin")).findFirst().orElseThrow();
    }

    @Test
    void shouldBuildTheImageOnlyInTheImageProfile() {
        Element build = child(appProject, "build");
        assertThat(children(child(build, "plugins"), "plugin")).extracting(p -> text(p, "artifactId")).doesNotContain("jib-maven-plugin");
        Element execution = child(child(jib, "executions"), "execution");
        assertThat(text(execution, "phase")).isEqualTo("package");
        assertThat(text(child(execution, "goals"), "goal")).as("a tarball: no Docker daemon, no registry push").isEqualTo("buildTar");
        assertThat(text(child(jib, "configuration"), "container/format")).isEqualTo("OCI");
    }

    @Test
    void shouldRunTheLauncherMainClassOfTheShadedJar() {
        Element shadeTransformer = children(child(child(child(child(child(child(child(appProject, "build"), "plugins"), "plugin"),
                "executions"), "execution"), "configuration"), "transformers"), "transformer").stream()
                .filter(t -> t.getAttribute("implementation").endsWith("ManifestResourceTransformer")).findFirst().orElseThrow();
        assertThat(text(child(jib, "configuration"), "container/mainClass")).isEqualTo(text(shadeTransformer, "mainClass"));
    }

    @Test
    void shouldRunAsNonRootWithTheHeapSizedFromTheContainerMemory() {
        Element container = child(child(jib, "configuration"), "container");
        String user = text(container, "user");
        assertThat(user).matches("[1-9][0-9]*:[1-9][0-9]*");
        List<String> flags = children(child(container, "jvmFlags"), "jvmFlag").stream().map(e -> e.getTextContent().trim()).toList();
        assertThat(flags).anySatisfy(f -> assertThat(f).startsWith("-XX:MaxRAMPercentage="));
        assertThat(flags).noneSatisfy(f -> assertThat(f).startsWith("-Xmx"));

        K8sManifests manifests = K8sManifests.load();
        StatefulSet stream = manifests.one(StatefulSet.class, "newspulse-stream");
        assertThat(stream.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser())
                .isEqualTo(Long.parseLong(user.substring(0, user.indexOf(':'))));
    }

    @Test
    void shouldKeepStateWhereTheManifestsMountTheirVolumes() throws Exception {
        Element config = child(jib, "configuration");
        String dataDir = text(config, "container/environment/NEWSPULSE_DATA_DIR");
        assertThat(text(config, "container/workingDirectory")).isEqualTo(dataDir);
        Path extra = K8sManifests.ROOT.resolve("app").resolve(text(config, "extraDirectories/paths/path"));
        assertThat(extra.resolve(dataDir.substring(1))).isDirectory();
        assertThat(text(config, "extraDirectories/permissions/permission/file")).isEqualTo(dataDir);

        Container stream = K8sManifests.load().one(StatefulSet.class, "newspulse-stream").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(stream.getEnv()).filteredOn(e -> e.getName().equals("NEWSPULSE_DATA_DIR")).extracting(EnvVar::getValue).containsExactly(dataDir);
        JsonNode compose = K8sManifests.YAML.readTree(Files.readString(K8sManifests.ROOT.resolve("docker-compose.yml")));
        assertThat(compose.at("/services/stream/volumes/0").asText()).endsWith(":" + dataDir);
        assertThat(compose.at("/services/stream/environment/NEWSPULSE_DATA_DIR").asText()).isEqualTo(dataDir);
    }

    @Test
    void shouldNameTheImageTheComposeFileAndTheKustomizationUse() throws Exception {
        Element config = child(jib, "configuration");
        assertThat(text(config, "to/image")).isEqualTo("${newspulse.image.name}");
        String image = "newspulse:" + projectVersion;
        JsonNode compose = K8sManifests.YAML.readTree(Files.readString(K8sManifests.ROOT.resolve("docker-compose.yml")));
        assertThat(compose.at("/services/stream/image").asText()).isEqualTo(image);
        assertThat(compose.at("/services/generate/image").asText()).isEqualTo(image);
        assertThat(compose.at("/services/kafka/image").asText()).as("the Kafka of the embedded stack")
                .isEqualTo("apache/kafka:" + kafkaVersion);

        JsonNode kustomization = K8sManifests.YAML.readTree(K8sManifests.K8S.resolve("kustomization.yaml").toFile());
        JsonNode images = kustomization.get("images").get(0);
        assertThat(images.get("name").asText() + ":" + images.get("newTag").asText()).isEqualTo(image);
        List<String> ports = children(child(child(config, "container"), "ports"), "port").stream().map(e -> e.getTextContent().trim()).toList();
        assertThat(ports).contains("8080", "8081");
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<" + name + "> in <" + parent.getTagName() + ">").isNotEmpty();
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                result.add((Element) nodes.item(i));
            }
        }
        return result;
    }

    /** Text of the element at a '/'-separated path below {@code parent}. */
    private static String text(Element parent, String path) {
        Element e = parent;
        for (String part : path.split("/")) {
            e = child(e, part);
        }
        return e.getTextContent().trim();
    }
}
