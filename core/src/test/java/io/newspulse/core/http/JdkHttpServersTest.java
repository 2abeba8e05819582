package io.newspulse.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

class JdkHttpServersTest {
    @Test
    void shouldSwitchTcpNoDelayOnForTheJdkServerItCreates() throws Exception {
        HttpServer server = JdkHttpServers.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        try {
            assertThat(System.getProperty(JdkHttpServers.NODELAY_PROPERTY)).isEqualTo("true");
            assertThat(server.getAddress().getPort()).isPositive();
        } finally {
            server.stop(0);
        }
    }
}
