package io.newspulse.streams.signals;

import java.util.List;

import io.newspulse.avro.Alert;
import io.newspulse.avro.CompanySignal;

/**
 * What {@link CompanySignalsProcessor} forwards: the alerts a mention raised, the latest update of an open window
 * (merged per flush), or a closed window.
 */
public sealed interface SignalOutput {
    /** The spike and sentiment-shock alerts of one window's update, for {@code company.alerts}, as the mention arrives. */
    record Alerts(List<Alert> alerts) implements SignalOutput {
        public Alerts {
            alerts = List.copyOf(alerts);
        }
    }

    /** An open window's latest update for {@code company.signals}, scored against the live baseline, computed_at set. */
    record Update(CompanySignal signal) implements SignalOutput {
    }

    /** A window that closed, scored against the closed-window baseline, for {@code company.signals.final}. */
    record Closed(CompanySignal signal) implements SignalOutput {
    }
}
