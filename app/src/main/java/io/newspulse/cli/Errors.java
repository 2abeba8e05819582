package io.newspulse.cli;

/** Turns an exception chain into the one sentence a user sees. */
final class Errors {
    private Errors() {
    }

    static String oneSentence(Throwable e) {
        Throwable root = e;
        String message = e.getMessage();
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (message == null || message.isBlank()) {
                message = root.getMessage();
            }
        }
        if (message == null || message.isBlank()) {
            message = root.getClass().getSimpleName();
        }
        return message.replace('\n', ' ');
    }
}
