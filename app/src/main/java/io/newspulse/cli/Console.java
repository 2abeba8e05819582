package io.newspulse.cli;

import java.io.PrintStream;

/** The few lines commands print on stdout for scripts (the READY line); everything else is logged to stderr. */
final class Console {
    private Console() {
    }

    /** {@code READY bootstrap=HOST:PORT registry=http://HOST:PORT[ http=http://HOST:PORT]}, exactly once. */
    static void ready(String bootstrap, String registryUrl, String httpUrl) {
        PrintStream out = System.out;
        out.println("READY bootstrap=" + bootstrap + " registry=" + registryUrl + (httpUrl == null ? "" : " http=" + httpUrl));
        out.flush();
    }
}
