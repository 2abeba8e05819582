package io.newspulse.tagging.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.newspulse.avro.Company;
import io.newspulse.core.json.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in knowledge base pre-parsed at build time (issue 23): the companies of the bundled JSON Lines files,
 * merged as {@link CompanyKnowledgeBase#builtIn()} merges them, written as one Avro object container file
 * ({@value #RESOURCE}) beside them. Reading it takes about half the CPU of parsing the JSON, which is the first
 * step of every start. The JSON Lines files stay the source: the build writes the image from them (the tagging
 * module's {@code process-classes} phase runs {@link #main}), and the image records each source file's size and
 * CRC-32, so an image that does not match the bundled files (e.g. classes compiled outside Maven after a JSON
 * edit) is ignored and the JSON read instead. The bytes are a function of the JSON files (fixed sync marker).
 */
public final class KnowledgeBaseImage {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseImage.class);
    /** The image's name in the knowledge base's resource directory. */
    static final String RESOURCE = "companies.avro";
    private static final String META_VERSION = "newspulse.kb.version";
    private static final String META_WARNINGS = "newspulse.kb.warnings";
    private static final String META_SOURCES = "newspulse.kb.sources";
    /** A fixed sync marker, so that the same JSON files give the same bytes. */
    private static final byte[] SYNC = "newspulse-kb-img".getBytes(StandardCharsets.US_ASCII);

    private KnowledgeBaseImage() {
    }

    /**
     * Writes the image of the bundled JSON Lines files into {@code args[0]}'s knowledge-base directory (the build's
     * classes directory, where the resources were copied).
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0], CompanyKnowledgeBase.RESOURCE_DIR.substring(1));
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.parseBuiltIn();
        Path image = dir.resolve(RESOURCE);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(image), 1 << 16)) {
            write(kb, CompanyKnowledgeBase.builtInSources(), out);
        }
        LOG.info("Wrote {} ({} companies, {} bytes)", image, kb.size(), Files.size(image));
    }

    /** Writes {@code kb} (companies, version, load warnings) and the fingerprints of its source files. */
    static void write(CompanyKnowledgeBase kb, Map<String, URL> sources, OutputStream out) throws IOException {
        try (DataFileWriter<Company> writer = new DataFileWriter<>(new SpecificDatumWriter<>(Company.class))) {
            writer.setMeta(META_VERSION, kb.version());
            writer.setMeta(META_WARNINGS, Json.mapper().writeValueAsString(kb.loadWarnings()));
            writer.setMeta(META_SOURCES, Json.mapper().writeValueAsString(fingerprints(sources)));
            writer.create(Company.getClassSchema(), out, SYNC);
            for (Company c : kb.companies()) {
                writer.append(c);
            }
        }
    }

    /**
     * The knowledge base of the image at {@code image}, or empty when there is none or it was written from other
     * source files than {@code sources} (by name, size and CRC-32).
     */
    static Optional<CompanyKnowledgeBase> read(URL image, Map<String, URL> sources) {
        if (image == null) {
            return Optional.empty();
        }
        try (InputStream in = image.openStream();
             DataFileStream<Company> stream = new DataFileStream<>(in, new SpecificDatumReader<>(Company.class))) {
            Map<String, String> recorded = Json.mapper().readValue(stream.getMetaString(META_SOURCES), new TypeReference<>() {
            });
            Map<String, String> bundled = fingerprints(sources);
            if (!recorded.equals(bundled)) {
                LOG.warn("The built-in knowledge base image was written from other files than the bundled ones; "
                        + "reading the JSON Lines files instead");
                return Optional.empty();
            }
            Map<String, Company> companies = new LinkedHashMap<>();
            while (stream.hasNext()) {
                Company c = stream.next();
                companies.put(c.getId(), c);
            }
            List<String> warnings = Json.mapper().readValue(stream.getMetaString(META_WARNINGS), new TypeReference<>() {
            });
            return Optional.of(CompanyKnowledgeBase.ofImage(companies, stream.getMetaString(META_VERSION), warnings,
                    fingerprint(image)));
        } catch (JsonProcessingException e) {
            LOG.warn("The built-in knowledge base image is unreadable ({}); reading the JSON Lines files instead",
                    e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The built-in knowledge base image is unreadable ({}); reading the JSON Lines files instead",
                    e.toString());
            return Optional.empty();
        }
    }

    /**
     * Name to "size:crc32" of each source file. In a jar both come from the jar's directory (nothing is inflated);
     * a file of a directory is read.
     */
    private static Map<String, String> fingerprints(Map<String, URL> sources) {
        Map<String, String> out = new LinkedHashMap<>();
        sources.forEach((name, url) -> out.put(name, fingerprint(url)));
        return out;
    }

    /**
     * "size:crc32" of a resource: in a jar both from the jar's directory (nothing is inflated), of a file computed
     * from its bytes.
     */
    public static String fingerprint(URL url) {
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                var entry = jar.getJarEntry();
                if (entry.getCrc() != -1 && entry.getSize() != -1) {
                    return entry.getSize() + ":" + Long.toHexString(entry.getCrc());
                }
            }
            CRC32 crc = new CRC32();
            long size = 0;
            try (InputStream in = connection.getInputStream()) {
                byte[] buf = new byte[1 << 16];
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    crc.update(buf, 0, n);
                    size += n;
                }
            }
            return size + ":" + Long.toHexString(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
