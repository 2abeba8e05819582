package io.newspulse.systemtests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** System tests that run against one fresh embedded {@link Pipeline} (stack + app) per test, in a temp dir. */
abstract class PipelineTestBase {
    @TempDir
    Path dir;
    Pipeline pipeline;

    @BeforeEach
    void startPipeline() throws Exception {
        pipeline = Pipeline.start(dir);
    }

    @AfterEach
    void stopPipeline() {
        pipeline.close();
    }
}
