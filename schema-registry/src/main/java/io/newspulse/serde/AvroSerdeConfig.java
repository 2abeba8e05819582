package io.newspulse.serde;

import io.newspulse.serde.subject.SubjectNameStrategies;
import io.newspulse.serde.subject.SubjectNameStrategy;
import io.newspulse.serde.subject.TopicNameStrategy;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

import java.util.HashMap;
import java.util.Map;

/** Configuration of the Avro serdes, with Confluent's key names. */
public final class AvroSerdeConfig extends AbstractConfig {
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String NORMALIZE_SCHEMAS = "normalize.schemas";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";

    private static final ConfigDef DEF = new ConfigDef()
            .define(SCHEMA_REGISTRY_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                    "Comma-separated registry URLs, or mock://<scope> for the in-memory registry.")
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Register the record's schema when serializing (else it must already be registered).")
            .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.LOW,
                    "Serialize with the id of the subject's latest version (its schema must equal the record's).")
            .define(NORMALIZE_SCHEMAS, Type.BOOLEAN, false, Importance.LOW,
                    "Ask the registry to normalize schemas when registering.")
            .define(SPECIFIC_AVRO_READER, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Deserialize into generated SpecificRecord classes instead of GenericRecord.")
            .define(KEY_SUBJECT_NAME_STRATEGY, Type.STRING, TopicNameStrategy.class.getName(), Importance.LOW,
                    "Subject name strategy for keys (our class names or Confluent's).")
            .define(VALUE_SUBJECT_NAME_STRATEGY, Type.STRING, TopicNameStrategy.class.getName(), Importance.LOW,
                    "Subject name strategy for values (our class names or Confluent's).")
            .define(BASIC_AUTH_CREDENTIALS_SOURCE, Type.STRING, "", Importance.LOW,
                    "USER_INFO to send basic.auth.user.info, URL to use the URL's user info.")
            .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, null, Importance.LOW, "user:password for basic auth.");

    public AvroSerdeConfig(Map<String, ?> props) {
        super(DEF, classNamesToStrings(props));
    }

    private static Map<String, Object> classNamesToStrings(Map<String, ?> props) {
        Map<String, Object> copy = new HashMap<>(props);
        for (String key : new String[] {KEY_SUBJECT_NAME_STRATEGY, VALUE_SUBJECT_NAME_STRATEGY}) {
            if (copy.get(key) instanceof Class<?> c) {
                copy.put(key, c.getName());
            }
        }
        return copy;
    }

    public static ConfigDef configDef() {
        return DEF;
    }

    /** The strategy configured for keys or values. */
    public SubjectNameStrategy subjectNameStrategy(boolean isKey) {
        String key = isKey ? KEY_SUBJECT_NAME_STRATEGY : VALUE_SUBJECT_NAME_STRATEGY;
        return SubjectNameStrategies.create(key, getString(key));
    }
}
