package io.newspulse.core.http;

import java.io.IOException;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

/**
 * Creates the JDK's {@link HttpServer}s (schema registry, query API) with {@code TCP_NODELAY} on.
 *
 * <p>The JDK server leaves Nagle's algorithm on unless the system property {@code sun.net.httpserver.nodelay} is
 * {@code true}. It writes a response's headers and body in two writes, so on a kept-alive connection the body waits
 * for the client's delayed ACK: measured 44 ms per request instead of 0.3 ms (issue 23). The property is read once,
 * when the JDK server's configuration class loads, so it is set here, before the first server of the JVM is created;
 * an explicit {@code -Dsun.net.httpserver.nodelay=false} is respected.
 */
public final class JdkHttpServers {
    /** The JDK's property switching TCP_NODELAY on for accepted connections. */
    public static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
    }

    private JdkHttpServers() {
    }

    /** An unstarted server bound to {@code address} with TCP_NODELAY on its connections. */
    public static HttpServer create(InetSocketAddress address, int backlog) throws IOException {
        return HttpServer.create(address, backlog);
    }
}
