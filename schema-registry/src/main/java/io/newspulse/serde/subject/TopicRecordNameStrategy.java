package io.newspulse.serde.subject;

import org.apache.avro.Schema;

/** {@code <topic>-<fully-qualified record name>}. */
public final class TopicRecordNameStrategy implements SubjectNameStrategy {
    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        if (schema == null) {
            throw new IllegalArgumentException("TopicRecordNameStrategy needs a schema");
        }
        return topic + "-" + schema.getFullName();
    }
}
