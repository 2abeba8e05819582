package io.newspulse.kafka.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Merges the configuration sources of an app, lowest precedence first:
 * the {@code ConfigDef} defaults, a properties file ({@code --config}), environment variables
 * ({@code NEWSPULSE_BOOTSTRAP_SERVERS} → {@code bootstrap.servers}) and command-line flags.
 * The merged map is then validated by the app's {@code AbstractConfig} subclass.
 */
public final class ConfigLayers {
    /** Environment variables with this prefix are configuration. */
    public static final String ENV_PREFIX = "NEWSPULSE_";

    private final Map<String, Object> merged = new LinkedHashMap<>();

    public static ConfigLayers create() {
        return new ConfigLayers();
    }

    /** Adds the keys of a Java properties file (UTF-8). A missing or unreadable file is an error, never ignored. */
    public ConfigLayers file(Path file) {
        if (file == null) {
            return this;
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("config file " + file + " does not exist or is not a file");
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        props.stringPropertyNames().forEach(k -> merged.put(k, props.getProperty(k).trim()));
        return this;
    }

    /** Adds {@code NEWSPULSE_*} variables: the rest of the name, lower-cased, with '_' read as '.'. */
    public ConfigLayers env(Map<String, String> environment) {
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                merged.put(envToKey(name), value);
            }
        });
        return this;
    }

    /** Adds explicit values (flags); null values are skipped so an absent flag does not hide a lower layer. */
    public ConfigLayers values(Map<String, ?> values) {
        values.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return this;
    }

    public Map<String, Object> toMap() {
        return new LinkedHashMap<>(merged);
    }

    static String envToKey(String envName) {
        return envName.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
