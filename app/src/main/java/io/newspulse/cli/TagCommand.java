package io.newspulse.cli;

import io.newspulse.analysis.ArticleAnalyzer;
import io.newspulse.analysis.OfflineTagger;
import io.newspulse.analysis.TagSummary;
import io.newspulse.tagging.Tagger;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newspulse tag}: tags JSON Lines articles offline (no Kafka) and writes one JSON line per article with
 * the companies it mentions. Exit 0 when every line was tagged, 1 when a line was bad or tagging failed
 * (the output stays aligned with the input; bad lines are listed on stderr), 2 on bad usage.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tags JSON Lines articles ({\"id\",\"title\",\"body\",\"lang\"}) with the companies they mention and",
            "what the article says about each, one output line per article in input order: {\"id\",\"tone\",\"events\",",
            "\"companies\":[{\"id\",\"name\",\"relevance\",\"linked\",\"mentions\",\"sentiment\",\"events\"}]}."})
public final class TagCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonLinesFiles files;

    @Option(names = "--companies", paramLabel = "FILE",
            description = "Your company file (JSON Lines, Company fields) laid over the built-in knowledge base: "
                    + "adds or overrides by id; \"deleted\": true removes.")
    Path companies;

    @Option(names = "--no-analysis",
            description = "Companies only, as the stream with analysis.enabled=false: the same companies, relevance and "
                    + "mentions, with tone and sentiment 0 and no events (no sentiment or event analysis).")
    boolean noAnalysis;

    @Override
    public Integer call() throws Exception {
        files.checkInput(spec.commandLine());
        if (companies != null && !Files.isRegularFile(companies)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--companies: no such file: " + companies);
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            CompanyKnowledgeBase kb = CompanyKnowledgeBase.builtIn();
            if (companies != null) {
                kb = kb.overlay(CompanyKnowledgeBase.fromJsonl(companies));
            }
            OfflineTagger tagger = new OfflineTagger(Tagger.of(kb), ArticleAnalyzer.of(!noAnalysis));
            TagSummary summary;
            try (Reader reader = files.openIn(); Writer writer = files.openOut()) {
                summary = tagger.run(reader, writer, (line, id, message) ->
                        err.println("newspulse tag: line " + line + (id == null ? "" : " (id " + id + ")")
                                + ": " + message));
            }
            err.println("newspulse tag: " + summary.articles() + " articles, " + summary.companyMentions()
                    + " company mentions of " + summary.distinctCompanies() + " companies, " + summary.errors()
                    + " bad lines (knowledge base " + kb.version() + ", " + kb.size() + " companies).");
            err.flush();
            return summary.errors() == 0 ? 0 : 1;
        } catch (RuntimeException | java.io.IOException e) {
            err.println("newspulse tag: " + (e.getMessage() == null ? e.toString() : e.getMessage().replace('\n', ' ')));
            err.flush();
            return 1;
        }
    }

}
