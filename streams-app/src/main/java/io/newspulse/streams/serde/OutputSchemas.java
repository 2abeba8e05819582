package io.newspulse.streams.serde;

import java.util.Collection;

import io.newspulse.avro.Alert;
import io.newspulse.avro.CompanySignal;
import io.newspulse.avro.DuplicateEvent;
import io.newspulse.avro.Mention;
import io.newspulse.core.topics.Topics;
import io.newspulse.registry.client.RestClientException;
import io.newspulse.serde.SpecificAvroSerde;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the schema id of every topic the topology writes before its first record goes out, so that the
 * serializers find them in their cache. Without this a subject is registered the first time its topic gets a
 * record — which may be while the registry is down (the task then fails and retries until it is back), and a
 * refused schema would only show up mid-run instead of at startup.
 */
public final class OutputSchemas {
    private static final Logger LOG = LoggerFactory.getLogger(OutputSchemas.class);

    private final EventSerdes serdes;
    private final Topics topics;

    public OutputSchemas(EventSerdes serdes, Topics topics) {
        this.serdes = serdes;
        this.topics = topics;
    }

    /**
     * Resolves the shared output topics and the given per-company topics. A permanent refusal (an incompatible
     * schema, an unknown subject with auto-registration off) is thrown; an unreachable registry is logged and
     * left to the first record of each topic.
     *
     * @return how many topics were resolved
     */
    public int prepare(Collection<String> companyIds) {
        long start = System.nanoTime();
        int done = 0;
        done += resolve(serdes.mentions(), topics.mentions(), Mention.getClassSchema());
        done += resolve(serdes.duplicates(), topics.duplicates(), DuplicateEvent.getClassSchema());
        done += resolve(serdes.signals(), topics.signals(), CompanySignal.getClassSchema());
        done += resolve(serdes.signals(), topics.signalsFinal(), CompanySignal.getClassSchema());
        done += resolve(serdes.alerts(), topics.alerts(), Alert.getClassSchema());
        for (String id : companyIds) {
            done += prepareCompany(id) ? 1 : 0;
        }
        LOG.info("Output schemas resolved for {} of {} topics in {} ms", done, 5 + companyIds.size(),
                (System.nanoTime() - start) / 1_000_000);
        return done;
    }

    /** Resolves the schema of {@code signals.<companyId>}; false when the registry is unreachable. */
    public boolean prepareCompany(String companyId) {
        return resolve(serdes.signals(), topics.companySignals(companyId), CompanySignal.getClassSchema()) == 1;
    }

    /** 1 when resolved, 0 when the registry cannot answer now (it is tried again on the topic's first record). */
    private static int resolve(SpecificAvroSerde<?> serde, String topic, Schema schema) {
        try {
            serde.prepare(topic, schema);
            return 1;
        } catch (RetriableException | RestClientException e) {
            if (e instanceof RestClientException refused && !refused.retriable()) {
                throw refused;
            }
            LOG.warn("Schema registry cannot resolve the schema of {} now: {} (it is resolved on the topic's first record)",
                    topic, e.getMessage());
            return 0;
        }
    }
}
