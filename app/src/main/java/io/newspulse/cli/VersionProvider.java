package io.newspulse.cli;

import picocli.CommandLine;

/** Version from the jar manifest (falls back to "dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Newspulse.class.getPackage().getImplementationVersion();
        return new String[] {"newspulse " + (version == null ? "dev" : version)};
    }
}
