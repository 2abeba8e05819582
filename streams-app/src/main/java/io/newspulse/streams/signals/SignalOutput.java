package io.newspulse.streams.signals;

import io.newspulse.avro.CompanySignal;

/** What {@link CompanySignalsProcessor} forwards: a scored update of an open window (with its alerts), or a closed window. */
public sealed interface SignalOutput {
    /** An open window's update for {@code company.signals}, scored against the live baseline; its alerts go to {@code company.alerts}. */
    record Update(ScoredSignal scored) implements SignalOutput {
    }

    /** A window that closed, scored against the closed-window baseline, for {@code company.signals.final}. */
    record Closed(CompanySignal signal) implements SignalOutput {
    }
}
