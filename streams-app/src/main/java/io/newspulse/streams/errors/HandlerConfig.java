package io.newspulse.streams.errors;

import java.util.Map;

import io.newspulse.core.topics.Topics;
import io.newspulse.streams.metrics.PipelineMetrics;

/** Reads what the error handlers need from the Streams config map (objects may be passed in it directly). */
final class HandlerConfig {
    private HandlerConfig() {
    }

    static String deadLetterTopic(Map<String, ?> configs) {
        Object topic = configs.get(DeadLetters.CONFIG_TOPIC);
        return topic == null ? Topics.defaults().deadletter() : topic.toString();
    }

    static PipelineMetrics metrics(Map<String, ?> configs) {
        Object metrics = configs.get(DeadLetters.CONFIG_METRICS);
        return metrics instanceof PipelineMetrics m ? m : PipelineMetrics.shared();
    }
}
