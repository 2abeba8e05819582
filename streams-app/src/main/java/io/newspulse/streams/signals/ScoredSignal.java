package io.newspulse.streams.signals;

import io.newspulse.avro.Alert;
import io.newspulse.avro.CompanySignal;

/** A signal with its spike score, and the alert it raised (null when none). */
public record ScoredSignal(CompanySignal signal, Alert alert) {
}
