package io.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchSectionTest {
    @Test
    void shouldParseEveryCommandLineNameBackToItsSection() {
        for (BenchSection s : BenchSection.values()) {
            assertThat(BenchSection.parse(s.cliName())).isEqualTo(s);
        }
        assertThat(BenchSection.parse("Scale_Out")).isEqualTo(BenchSection.SCALE_OUT);
    }

    @Test
    void shouldPassSectionsAndReplaySizeOnToTheHarnessJvm() {
        BenchOptions options = new BenchOptions();
        new CommandLine(new Holder(options)).parseArgs("--sections", "replay,scale-out", "--replay-articles", "1000000");

        assertThat(options.problem()).isNull();
        assertThat(options.toArgs()).contains("--sections=replay,scale-out", "--replay-articles=1000000")
                .noneMatch(a -> a.startsWith("--replay-days"));
    }

    @Test
    void shouldPassTheRestoreSizeOnAndRefuseATinyOne() {
        BenchOptions options = new BenchOptions();
        new CommandLine(new Holder(options)).parseArgs("--sections", "restore", "--restore-articles", "200000", "--restore-days", "2");

        assertThat(options.problem()).isNull();
        assertThat(options.toArgs()).contains("--sections=restore", "--restore-articles=200000", "--restore-days=2");

        BenchOptions tiny = new BenchOptions();
        new CommandLine(new Holder(tiny)).parseArgs("--restore-articles", "10");
        assertThat(tiny.problem()).isEqualTo("--restore-articles must be at least 1000");
    }

    @Test
    void shouldRefuseAnUnknownSection() {
        assertThatThrownBy(() -> new CommandLine(new Holder(new BenchOptions())).parseArgs("--sections", "replays"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("unknown section 'replays'");
    }

    @CommandLine.Command(name = "holder")
    static final class Holder {
        @CommandLine.Mixin
        BenchOptions options;

        Holder(BenchOptions options) {
            this.options = options;
        }
    }
}
