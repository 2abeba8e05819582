package io.newspulse.registry.it;

import io.newspulse.registry.election.LeaderView;
import io.newspulse.registry.election.Role;
import io.newspulse.registry.model.Errors;
import io.newspulse.registry.model.NotLeaderException;
import io.newspulse.registry.model.StoredSchema;
import io.newspulse.registry.server.HttpCalls;
import io.newspulse.registry.server.HttpCalls.Answer;
import io.newspulse.registry.server.SchemaRegistryConfig;
import io.newspulse.registry.server.SchemaRegistryServer;
import io.newspulse.registry.store.KafkaSchemaStore;
import io.newspulse.registry.store.StoreCodec;
import io.newspulse.registry.store.StoreKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.newspulse.registry.server.HttpCalls.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Two registry instances on one broker and one store topic: one is elected to write, the other forwards; ids stay
 * distinct and versions gap-free under concurrent registrations through both, and the survivor takes over when the
 * leader stops.
 */
class TwoRegistryInstancesIT {
    private static final Logger LOG = LoggerFactory.getLogger(TwoRegistryInstancesIT.class);
    private static final Duration ELECTION = Duration.ofSeconds(60);

    @RegisterExtension
    static final EmbeddedKafka KAFKA = new EmbeddedKafka();

    /** A record every other one of its kind can read (one defaulted field each), so BACKWARD never refuses it. */
    private static String thing(String field, int value) {
        return "{\"type\":\"record\",\"name\":\"Thing\",\"namespace\":\"two\",\"fields\":[{\"name\":\"id\",\"type\":"
                + "\"string\"},{\"name\":\"" + field + "\",\"type\":\"int\",\"default\":" + value + "}]}";
    }

    private record Registration(HttpCalls via, String subject, String schema) {
    }

    private record Registered(Registration registration, int id, int version) {
    }

    @Test
    void shouldHandOutDistinctIdsWhenTwoInstancesRegisterConcurrently() throws Exception {
        String topic = "_schemas_two_instances";
        long startNanos = System.nanoTime();
        SchemaRegistryServer a = KafkaRegistries.start(KAFKA, topic);
        SchemaRegistryServer b = KafkaRegistries.start(KAFKA, topic);
        List<SchemaRegistryServer> open = new ArrayList<>(List.of(a, b));
        try {
            await().atMost(ELECTION).until(() -> agreed(a, b));
            LOG.info("Two instances started and agreed on leader {} in {} ms", leaderOf(a, b).url(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
            HttpCalls httpA = new HttpCalls(a.url());
            HttpCalls httpB = new HttpCalls(b.url());

            List<Registration> plan = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String subject = i % 5 == 0 ? "shared-value" : "subject-" + (i % 8) + "-value";
                plan.add(new Registration(httpA, subject, thing("a" + i, i)));
                plan.add(new Registration(httpB, subject, thing("b" + i, i)));
            }
            for (int i = 0; i < 5; i++) { // the same content from both sides: one id, one version
                plan.add(new Registration(httpA, "common-value", thing("common", 0)));
                plan.add(new Registration(httpB, "common-value", thing("common", 0)));
            }
            List<Registered> done = registerConcurrently(plan);

            List<Registered> distinct = done.stream().filter(r -> !r.registration().subject().equals("common-value"))
                    .toList();
            List<Registered> common = done.stream().filter(r -> r.registration().subject().equals("common-value"))
                    .toList();
            assertThat(distinct).hasSize(100);
            assertThat(distinct.stream().map(Registered::id).distinct()).hasSize(100);
            assertThat(common.stream().map(r -> r.id() + "/" + r.version()).distinct()).hasSize(1);
            assertThat(common.get(0).version()).isEqualTo(1);
            assertThat(distinct.stream().map(Registered::id)).doesNotContain(common.get(0).id());
            assertGapFreeAndSameOnBoth(done, httpA, httpB);

            // the leader stops (leaving its group): the other one takes over and keeps registering
            SchemaRegistryServer leader = leaderOf(a, b);
            SchemaRegistryServer survivor = leader == a ? b : a;
            HttpCalls httpSurvivor = survivor == a ? httpA : httpB;
            int maxId = distinct.stream().mapToInt(Registered::id).max().orElseThrow();
            long stopping = System.nanoTime();
            leader.close();
            open.remove(leader);
            long stopped = System.nanoTime();
            await().atMost(ELECTION).until(() -> survivor.leader().role() == Role.LEADER);
            long takenOver = System.nanoTime();
            Answer first = httpSurvivor.post("/subjects/shared-value/versions", schemaBody(thing("after0", 0)));
            long firstWrite = System.nanoTime();
            LOG.info("Takeover: leader closed in {} ms; survivor leader {} ms after the close; first write answered "
                    + "{} ms after the close", ms(stopped - stopping), ms(takenOver - stopped), ms(firstWrite - stopped));
            assertThat(first.status()).as(String.valueOf(first.json())).isEqualTo(200);
            List<Registration> after = new ArrayList<>();
            for (int i = 1; i < 10; i++) {
                after.add(new Registration(httpSurvivor, "shared-value", thing("after" + i, i)));
            }
            List<Registered> later = registerConcurrently(after);
            List<Integer> laterIds = new ArrayList<>(later.stream().map(Registered::id).toList());
            laterIds.add(first.json().get("id").asInt());
            assertThat(laterIds).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isGreaterThan(maxId));
            assertThat(httpSurvivor.get("/subjects/shared-value/versions").json().toString())
                    .isEqualTo(IntStream.rangeClosed(1, 30).boxed().toList().toString().replace(" ", ""));
        } finally {
            open.forEach(SchemaRegistryServer::close);
        }
    }

    @Test
    void shouldElectASingleInstanceAndAnswerItsFirstWrite() {
        long starting = System.nanoTime();
        try (SchemaRegistryServer alone = KafkaRegistries.start(KAFKA, "_schemas_alone")) {
            long started = System.nanoTime();
            Answer first = new HttpCalls(alone.url()).post("/subjects/alone-value/versions", schemaBody(thing("x", 1)));
            long answered = System.nanoTime();
            LOG.info("Single instance: start() took {} ms, first registration answered {} ms after start() returned",
                    ms(started - starting), ms(answered - started));
            assertThat(first.status()).as(String.valueOf(first.json())).isEqualTo(200);
            assertThat(alone.leader()).isEqualTo(LeaderView.leader(alone.url()));
        }
    }

    @Test
    void shouldNeverElectAnIneligibleInstanceAndRefuseItsWritesWhenNoLeaderIsLeft() {
        String topic = "_schemas_eligibility";
        try (SchemaRegistryServer follower = KafkaRegistries.start(KAFKA, topic,
                Map.of(SchemaRegistryConfig.LEADER_ELIGIBILITY, false, SchemaRegistryConfig.KAFKASTORE_TIMEOUT_MS, 3_000))) {
            HttpCalls http = new HttpCalls(follower.url());
            try (SchemaRegistryServer leader = KafkaRegistries.start(KAFKA, topic)) {
                await().atMost(ELECTION).until(() -> agreed(leader, follower));
                assertThat(follower.leader()).isEqualTo(LeaderView.follower(leader.url()));
                Answer viaFollower = http.post("/subjects/e-value/versions", schemaBody(thing("e", 1)));
                assertThat(viaFollower.status()).as(String.valueOf(viaFollower.json())).isEqualTo(200);
                // read-your-write on the follower: it caught up before answering
                assertThat(http.get("/subjects/e-value/versions").json().toString()).isEqualTo("[1]");
            }
            await().atMost(ELECTION).until(() -> follower.leader().role() == Role.UNKNOWN);
            Answer refused = http.post("/subjects/e-value/versions", schemaBody(thing("f", 1)));
            assertThat(refused.status()).isEqualTo(500);
            assertThat(refused.errorCode()).isEqualTo(Errors.UNKNOWN_LEADER);
            assertThat(http.get("/subjects/e-value/versions").json().toString()).isEqualTo("[1]");
        }
    }

    @Test
    void shouldFailTheLateWriteOfADeposedLeaderWithoutApplyingIt() {
        String topic = "_schemas_fencing";
        Map<String, Object> client = Map.of("bootstrap.servers", KAFKA.bootstrapServers());
        try (KafkaSchemaStore deposed = new KafkaSchemaStore(client, topic, (short) 1, 20_000, "fencing-writer");
             KafkaSchemaStore newer = new KafkaSchemaStore(client, topic, (short) 1, 20_000, "fencing-writer")) {
            deposed.start();
            newer.start();
            deposed.acquireWriter();
            deposed.write(key("s", 1), value("s", 1, 1));

            newer.acquireWriter();

            assertThatThrownBy(() -> deposed.write(key("s", 2), value("s", 2, 2)))
                    .isInstanceOf(NotLeaderException.class);
            assertThatThrownBy(() -> deposed.write(key("s", 2), value("s", 2, 3)))
                    .isInstanceOf(NotLeaderException.class);
            newer.write(key("s", 2), value("s", 2, 4));
            deposed.catchUp();
            for (KafkaSchemaStore store : List.of(deposed, newer)) {
                assertThat(store.state().versions("s")).extracting(StoredSchema::version, StoredSchema::id)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1),
                                org.assertj.core.groups.Tuple.tuple(2, 4));
            }
        }
    }

    private static byte[] key(String subject, int version) {
        return StoreCodec.encodeKey(StoreKey.schema(subject, version));
    }

    private static byte[] value(String subject, int version, int id) {
        return StoreCodec.encodeSchema(new StoredSchema(subject, version, id, "AVRO", thing("v" + id, id), List.of(),
                null, false));
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static boolean agreed(SchemaRegistryServer a, SchemaRegistryServer b) {
        LeaderView va = a.leader();
        LeaderView vb = b.leader();
        return va.role() != Role.UNKNOWN && vb.role() != Role.UNKNOWN && va.role() != vb.role()
                && va.leaderUrl().equals(vb.leaderUrl());
    }

    private static SchemaRegistryServer leaderOf(SchemaRegistryServer a, SchemaRegistryServer b) {
        return a.leader().role() == Role.LEADER ? a : b;
    }

    /** Every subject's answered versions are exactly 1..n, and both instances read the same entry for each. */
    private static void assertGapFreeAndSameOnBoth(List<Registered> done, HttpCalls httpA, HttpCalls httpB) {
        Map<String, Set<Integer>> versions = new TreeMap<>();
        Map<String, Set<String>> contents = new HashMap<>();
        for (Registered r : done) {
            versions.computeIfAbsent(r.registration().subject(), k -> new HashSet<>()).add(r.version());
            contents.computeIfAbsent(r.registration().subject(), k -> new HashSet<>()).add(r.registration().schema());
        }
        versions.forEach((subject, answered) -> {
            int n = contents.get(subject).size();
            assertThat(answered).as(subject).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, n).boxed().toList());
            for (HttpCalls http : List.of(httpA, httpB)) {
                assertThat(http.get("/subjects/" + subject + "/versions").json()).hasSize(n);
            }
        });
        for (Registered r : done) {
            for (HttpCalls http : List.of(httpA, httpB)) {
                Answer entry = http.get("/subjects/" + r.registration().subject() + "/versions/" + r.version());
                assertThat(entry.json().get("id").asInt()).isEqualTo(r.id());
                assertThat(entry.json().get("schema").asText()).isEqualTo(r.registration().schema());
            }
        }
    }

    private static List<Registered> registerConcurrently(List<Registration> plan) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (Registration r : plan) {
                Callable<Answer> task = () -> {
                    go.await();
                    return r.via().post("/subjects/" + r.subject() + "/versions", schemaBody(r.schema()));
                };
                futures.add(pool.submit(task));
            }
            go.countDown();
            List<Registered> out = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                Answer answer = futures.get(i).get(2, TimeUnit.MINUTES);
                assertThat(answer.status()).as(plan.get(i) + " " + answer.json()).isEqualTo(200);
                out.add(new Registered(plan.get(i), answer.json().get("id").asInt(),
                        answer.json().get("version").asInt()));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
