package io.newspulse.serde.subject;

import org.apache.avro.Schema;

/** Chooses the registry subject for a record's schema. */
public interface SubjectNameStrategy {

    /**
     * @param topic  topic the record goes to
     * @param isKey  whether the schema describes keys
     * @param schema the record's schema (may be null for tombstones)
     */
    String subjectName(String topic, boolean isKey, Schema schema);
}
