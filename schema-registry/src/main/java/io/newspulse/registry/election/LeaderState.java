package io.newspulse.registry.election;

import java.util.concurrent.TimeUnit;

/** The current {@link LeaderView}, shared between the thread that learns it and the request threads waiting for it. */
final class LeaderState {
    private LeaderView view = LeaderView.unknown();

    synchronized LeaderView view() {
        return view;
    }

    synchronized void set(LeaderView next) {
        view = next;
        notifyAll();
    }

    synchronized LeaderView awaitLeader(long deadlineNanos) {
        while (view.role() == Role.UNKNOWN) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return view;
    }
}
