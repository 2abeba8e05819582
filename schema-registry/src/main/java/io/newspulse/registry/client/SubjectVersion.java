package io.newspulse.registry.client;

/** One (subject, version) pair using a schema id ({@code GET /schemas/ids/{id}/versions}). */
public record SubjectVersion(String subject, int version) {
}
