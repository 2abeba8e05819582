package io.newspulse.streams.app;

import java.nio.file.Path;
import java.util.Map;

import io.newspulse.kafka.config.CommonConfig;
import io.newspulse.stack.LocalStack;
import io.newspulse.stack.StackConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** A local stack (broker and registry on free ports, data under a test's directory) with an admin client on it, for the start-up ITs. */
final class StackAndAdmin implements AutoCloseable {
    private final LocalStack stack;
    private final Admin admin;

    private StackAndAdmin(LocalStack stack, Admin admin) {
        this.stack = stack;
        this.admin = admin;
    }

    /** Starts a stack keeping its data in {@code dataDir}, and an admin client on its broker. */
    static StackAndAdmin start(Path dataDir) {
        LocalStack stack = new LocalStack(new StackConfig(Map.of("stack.kafka.port", 0, "stack.registry.port", 0,
                CommonConfig.DATA_DIR, dataDir.toString()))).start();
        return new StackAndAdmin(stack, Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers())));
    }

    LocalStack stack() {
        return stack;
    }

    Admin admin() {
        return admin;
    }

    @Override
    public void close() {
        admin.close();
        stack.close();
    }
}
