package io.newspulse.serde.subject;

import org.apache.avro.Schema;

/** The fully-qualified record name, so one topic may carry several record types. */
public final class RecordNameStrategy implements SubjectNameStrategy {
    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        if (schema == null) {
            throw new IllegalArgumentException("RecordNameStrategy needs a schema");
        }
        return schema.getFullName();
    }
}
