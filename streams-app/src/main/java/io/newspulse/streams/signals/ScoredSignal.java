package io.newspulse.streams.signals;

import java.util.List;

import io.newspulse.avro.Alert;
import io.newspulse.avro.CompanySignal;

/** A signal with its spike and sentiment-shock scores, and the alerts it raised (none, volume, sentiment or both). */
public record ScoredSignal(CompanySignal signal, List<Alert> alerts) {
    public ScoredSignal {
        alerts = List.copyOf(alerts);
    }
}
