package io.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.newspulse.stack.LocalStack;
import io.newspulse.stack.StackConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tail --max N} on a topic holding fewer than N records ends with --until-end or --timeout (embedded stack). */
@Timeout(180)
class TailCommandIT {
    private static final String TOPIC = "tail.test";

    @TempDir
    static Path dataDir;
    private static LocalStack stack;

    @BeforeAll
    static void startStackWithThreeRecords() throws Exception {
        stack = new LocalStack(new StackConfig(Map.of(StackConfig.KAFKA_PORT, 0, StackConfig.REGISTRY_PORT, 0, "data.dir", dataDir.toString()))).start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 1; i <= 3; i++) {
                producer.send(new ProducerRecord<>(TOPIC, "k" + i, "value " + i));
            }
            producer.flush();
        }
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    private record Run(int exitCode, List<String> lines, String err) {
    }

    private static Run tail(String... args) {
        TailCommand command = new TailCommand();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err));
        List<String> all = new java.util.ArrayList<>(List.of(TOPIC, "--bootstrap", stack.bootstrapServers(), "--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8).lines().toList(), err.toString());
    }

    @Test
    void shouldStopAtTheEndOffsetsSeenAtStartWhenTheTopicHoldsFewerThanMaxRecords() {
        Run run = tail("--from-beginning", "--max", "10", "--until-end");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("\"value "));
    }

    @Test
    void shouldPrintNothingAndStopWithUntilEndWhenStartingAtTheEnd() {
        Run run = tail("--max", "10", "--until-end");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).isEmpty();
    }

    @Test
    void shouldGiveUpAfterTheTimeoutWhenTheTopicHoldsFewerThanMaxRecords() {
        Run run = tail("--from-beginning", "--max", "10", "--timeout", "3s");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(3);
    }

    @Test
    void shouldStillStopAtMaxWhenTheTopicHoldsMore() {
        Run run = tail("--from-beginning", "--max", "2", "--until-end");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(2);
    }
}
