package io.newspulse.serde.subject;

import org.apache.kafka.common.config.ConfigException;

import java.util.Map;

/** Resolves a strategy class name, accepting Confluent's class names as aliases of ours. */
public final class SubjectNameStrategies {
    private static final String CONFLUENT = "io.confluent.kafka.serializers.subject.";
    private static final Map<String, Class<? extends SubjectNameStrategy>> ALIASES = Map.of(
            CONFLUENT + "TopicNameStrategy", TopicNameStrategy.class,
            CONFLUENT + "RecordNameStrategy", RecordNameStrategy.class,
            CONFLUENT + "TopicRecordNameStrategy", TopicRecordNameStrategy.class);

    private SubjectNameStrategies() {
    }

    /** Instantiates the named strategy (ours, a Confluent alias, or any class implementing the interface). */
    public static SubjectNameStrategy create(String key, String className) {
        Class<? extends SubjectNameStrategy> cls = ALIASES.get(className);
        try {
            if (cls == null) {
                Class<?> c = Class.forName(className);
                if (!SubjectNameStrategy.class.isAssignableFrom(c)) {
                    throw new ConfigException(key, className, "does not implement " + SubjectNameStrategy.class.getName());
                }
                cls = c.asSubclass(SubjectNameStrategy.class);
            }
            return cls.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ConfigException(key, className, "cannot instantiate subject name strategy: " + e);
        }
    }
}
