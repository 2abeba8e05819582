package io.newspulse.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newspulse.avro.Company;
import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.kafka.topics.Topics;
import io.newspulse.serde.SpecificAvroSerde;
import io.newspulse.streams.companies.CompaniesPublisher;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newspulse companies load}: publishes the knowledge base to the compacted companies topic. */
@Command(name = "companies", mixinStandardHelpOptions = true,
        description = "Manages the company knowledge base on the companies topic.",
        subcommands = CompaniesCommand.Load.class)
public final class CompaniesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing sub-command (load)");
    }

    /** {@code companies load [--file FILE] [--no-builtin]}. */
    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {"Publishes the built-in knowledge base and/or a user file (JSON Lines, one Company per line;",
                "same id overrides, \"deleted\": true removes) to the companies topic. A running 'stream' picks changes up live."})
    static final class Load implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Option(names = "--file", paramLabel = "FILE", description = "User companies (JSON Lines) to add or override.")
        Path file;

        @Option(names = "--no-builtin", description = "Publish only --file, not the built-in knowledge base.")
        boolean noBuiltin;

        @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Topic name prefix of the deployment (default none).")
        String topicPrefix = "";

        @Override
        public Integer call() throws Exception {
            if (noBuiltin && file == null) {
                throw new UsageException("--no-builtin needs --file");
            }
            String bootstrap = connection.require(CommonConfig.BOOTSTRAP_SERVERS, "--bootstrap");
            String registry = connection.require(CommonConfig.SCHEMA_REGISTRY_URL, "--registry");
            CompanyKnowledgeBase base = noBuiltin ? CompanyKnowledgeBase.fromJsonl(file) : CompanyKnowledgeBase.builtIn();
            CompanyKnowledgeBase kb = !noBuiltin && file != null ? base.overlay(CompanyKnowledgeBase.fromJsonl(file)) : base;
            java.util.Set<String> kept = kb.companies().stream().map(Company::getId).collect(java.util.stream.Collectors.toSet());
            java.util.List<String> removed = base.companies().stream().map(Company::getId).filter(id -> !kept.contains(id)).toList();
            SpecificAvroSerde<Company> serde = new SpecificAvroSerde<>();
            serde.configure(Map.of(CommonConfig.SCHEMA_REGISTRY_URL, registry), false);
            String topic = new Topics(topicPrefix, 1, (short) 1).companies();
            CompaniesPublisher publisher = new CompaniesPublisher(bootstrap, topic, serde);
            int n = publisher.publish(kb.companies());
            int deleted = publisher.delete(removed);
            System.out.println("published " + n + " companies to " + topic + (deleted > 0 ? ", deleted " + deleted : ""));
            return 0;
        }
    }
}
