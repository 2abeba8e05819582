package io.newspulse.tagging.kb;

import io.newspulse.avro.Company;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable set of companies keyed by id, read from JSON Lines files (one {@link Company} per line, field
 * names as in the Avro schema; blank lines and lines starting with {@code #} are skipped).
 *
 * <p>Validation: ids are slugs and unique within a file (both errors, reported with file and line); a
 * {@code parent_id} that names no company of the knowledge base is a warning ({@link #warnings()}). A record
 * with {@code "deleted": true} is a deletion marker: it is not a company of this knowledge base, and when
 * this knowledge base is laid over another one with {@link #overlay(CompanyKnowledgeBase)} it removes that id.
 */
public final class CompanyKnowledgeBase {
    private static final Logger LOG = LoggerFactory.getLogger(CompanyKnowledgeBase.class);
    static final String RESOURCE_DIR = "/io/newspulse/tagging/kb/";

    private final Map<String, Company> companies;
    private final Set<String> deletedIds;
    private final String version;
    private final List<String> warnings;
    /** "size:crc32" of the build-time image it was read from ({@link KnowledgeBaseImage}); null when not read from one. */
    private final String imageFingerprint;

    private CompanyKnowledgeBase(Map<String, Company> companies, Set<String> deletedIds, String version,
                                 List<String> loadWarnings) {
        this(companies, deletedIds, version, loadWarnings, null);
    }

    private CompanyKnowledgeBase(Map<String, Company> companies, Set<String> deletedIds, String version,
                                 List<String> loadWarnings, String imageFingerprint) {
        this.imageFingerprint = imageFingerprint;
        this.companies = Collections.unmodifiableMap(new LinkedHashMap<>(companies));
        this.deletedIds = Collections.unmodifiableSet(new LinkedHashSet<>(deletedIds));
        this.version = version;
        List<String> all = new ArrayList<>(loadWarnings);
        for (Company c : this.companies.values()) {
            if (c.getParentId() != null && !this.companies.containsKey(c.getParentId())) {
                all.add("company '" + c.getId() + "' names unknown parent '" + c.getParentId() + "'");
            }
            if (c.getSuccessorId() != null && !this.companies.containsKey(c.getSuccessorId())) {
                all.add("company '" + c.getId() + "' names unknown successor '" + c.getSuccessorId() + "'");
            }
        }
        this.warnings = List.copyOf(all);
    }

    /**
     * The knowledge base bundled with newspulse: every file listed in {@code kb/index.txt} (one name per line),
     * version from {@code kb/version.txt}. An id repeated in a later file is a warning and the first one wins
     * (so the curated files, listed first, win over the generated {@code companies-open.jsonl}), except that a
     * generated line ({@code "curated": false}) repeating a curated id adds its names and listings to the curated
     * company ({@link CuratedSupplement}); a listed file that is not bundled is a warning too. A file whose name
     * ends in {@code .gz} is read through gzip.
     */
    public static CompanyKnowledgeBase builtIn() {
        synchronized (CompanyKnowledgeBase.class) {
            CompanyKnowledgeBase kb = lastBuiltIn.get();
            if (kb == null) {
                kb = loadBuiltIn();
                lastBuiltIn = new SoftReference<>(kb);
            }
            return kb;
        }
    }

    /**
     * The bundled knowledge base read once per process while memory allows (it is immutable): the demo's stream app
     * and synthetic feed share one load of 41k companies, which takes seconds (issue 23).
     */
    private static SoftReference<CompanyKnowledgeBase> lastBuiltIn = new SoftReference<>(null);

    /**
     * The image of the bundled files written at build time ({@link KnowledgeBaseImage}) when it matches them, else the
     * files parsed; warnings are logged either way.
     */
    private static CompanyKnowledgeBase loadBuiltIn() {
        long start = System.nanoTime();
        Optional<CompanyKnowledgeBase> image = KnowledgeBaseImage.read(
                CompanyKnowledgeBase.class.getResource(RESOURCE_DIR + KnowledgeBaseImage.RESOURCE), builtInSources());
        CompanyKnowledgeBase kb = image.orElseGet(CompanyKnowledgeBase::parseBuiltIn);
        LOG.info("Built-in knowledge base {}: {} companies read from {} in {} ms", kb.version(), kb.size(),
                image.isPresent() ? "its build-time image" : "the JSON Lines files", (System.nanoTime() - start) / 1_000_000);
        kb.logWarnings();
        return kb;
    }

    /** The bundled files that make the built-in knowledge base, by name: index, version and each listed file. */
    static Map<String, java.net.URL> builtInSources() {
        Map<String, java.net.URL> sources = new LinkedHashMap<>();
        sources.put("index.txt", CompanyKnowledgeBase.class.getResource(RESOURCE_DIR + "index.txt"));
        sources.put("version.txt", CompanyKnowledgeBase.class.getResource(RESOURCE_DIR + "version.txt"));
        for (String file : indexedFiles()) {
            java.net.URL url = CompanyKnowledgeBase.class.getResource(RESOURCE_DIR + file);
            if (url != null) {
                sources.put(file, url);
            }
        }
        return sources;
    }

    private static List<String> indexedFiles() {
        List<String> files = new ArrayList<>();
        try (InputStream in = resource("index.txt")) {
            for (String line : readLines(in)) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    files.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The built-in knowledge base parsed from the bundled JSON Lines files (warnings not logged). */
    static CompanyKnowledgeBase parseBuiltIn() {
        List<String> files = indexedFiles();
        String version;
        try (InputStream in = resource("version.txt")) {
            version = String.join("", readLines(in)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Company> merged = new LinkedHashMap<>();
        Set<String> deleted = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        for (String file : files) {
            if (CompanyKnowledgeBase.class.getResource(RESOURCE_DIR + file) == null) {
                warnings.add("index.txt lists " + file + " but it is not bundled; skipped");
                continue;
            }
            try (InputStream in = resource(file)) {
                CompanyKnowledgeBase part = read(in, file, version);
                warnings.addAll(part.loadWarnings());
                for (Company c : part.companies.values()) {
                    Company earlier = merged.putIfAbsent(c.getId(), c);
                    if (earlier != null && CuratedSupplement.applies(earlier, c)) {
                        merged.put(c.getId(), CuratedSupplement.apply(earlier, c));
                    } else if (earlier != null) {
                        warnings.add(file + ": id '" + c.getId() + "' already defined by an earlier file; ignored");
                    }
                }
                deleted.addAll(part.deletedIds);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deleted.forEach(merged::remove);
        return new CompanyKnowledgeBase(merged, Set.of(), version, warnings);
    }

    /** A knowledge base of these companies (in this order), version and load warnings (warnings not logged). */
    static CompanyKnowledgeBase of(Map<String, Company> companies, String version, List<String> loadWarnings) {
        return new CompanyKnowledgeBase(companies, Set.of(), version, loadWarnings);
    }

    /** As {@link #of}, read from the build-time image that has this fingerprint ({@link #imageFingerprint()}). */
    static CompanyKnowledgeBase ofImage(Map<String, Company> companies, String version, List<String> loadWarnings,
                                        String imageFingerprint) {
        return new CompanyKnowledgeBase(companies, Set.of(), version, loadWarnings, imageFingerprint);
    }

    /** Reads a user company file; version is the file name. */
    public static CompanyKnowledgeBase fromJsonl(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            CompanyKnowledgeBase kb = read(in, file.toString(), file.getFileName().toString());
            kb.logWarnings();
            return kb;
        } catch (NoSuchFileException e) {
            throw new KnowledgeBaseException(file.toString(), 0, "file not found");
        } catch (IOException e) {
            throw new KnowledgeBaseException(file.toString(), 0, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads company records from a stream (UTF-8); {@code sourceName} appears in error messages. */
    public static CompanyKnowledgeBase fromJsonl(InputStream in, String sourceName) {
        try {
            CompanyKnowledgeBase kb = read(in, sourceName, sourceName);
            kb.logWarnings();
            return kb;
        } catch (IOException e) {
            throw new KnowledgeBaseException(sourceName, 0, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static CompanyKnowledgeBase read(InputStream in, String source, String version) throws IOException {
        List<String> warnings = new ArrayList<>();
        CompanyLineParser parser = new CompanyLineParser(source, warnings);
        Map<String, Company> companies = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        Set<String> deleted = new LinkedHashSet<>();
        int lineNo = 0;
        for (String line : readLines(in)) {
            lineNo++;
            String trimmed = line.strip();
            if (lineNo == 1 && trimmed.startsWith("\uFEFF")) {
                trimmed = trimmed.substring(1).strip();
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Company company = parser.parse(trimmed, lineNo);
            Integer previous = firstLine.putIfAbsent(company.getId(), lineNo);
            if (previous != null) {
                throw new KnowledgeBaseException(source, lineNo,
                        "duplicate id '" + company.getId() + "' (first defined on line " + previous + ")");
            }
            if (company.getDeleted()) {
                deleted.add(company.getId());
            } else {
                companies.put(company.getId(), company);
            }
        }
        return new CompanyKnowledgeBase(companies, deleted, version, warnings);
    }

    private static List<String> readLines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = CompanyKnowledgeBase.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new KnowledgeBaseException("built-in knowledge base", 0, "missing resource " + RESOURCE_DIR + name);
        }
        return name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /**
     * This knowledge base with {@code user} laid over it: a user company replaces the company with the same id
     * or is added; a user record with {@code "deleted": true} removes the id.
     */
    public CompanyKnowledgeBase overlay(CompanyKnowledgeBase user) {
        Map<String, Company> merged = new LinkedHashMap<>(companies);
        user.deletedIds.forEach(merged::remove);
        merged.putAll(user.companies);
        List<String> warnings = new ArrayList<>(loadWarnings());
        warnings.addAll(user.loadWarnings());
        CompanyKnowledgeBase kb = new CompanyKnowledgeBase(merged, Set.of(), version + "+" + user.version, warnings);
        kb.logWarnings();
        return kb;
    }

    /** Companies in file order (not deleted ones). */
    public Collection<Company> companies() {
        return companies.values();
    }

    /**
     * The fingerprint ("size:crc32") of the build-time image of the built-in knowledge base this one was read from,
     * or empty when it was not read from that image (parsed from JSON Lines, a user file, an overlay): what a
     * tagger compiled at build time for the built-in knowledge base checks before it is used ({@code TaggerImage}).
     */
    public Optional<String> imageFingerprint() {
        return Optional.ofNullable(imageFingerprint);
    }

    public Optional<Company> get(String id) {
        return Optional.ofNullable(companies.get(id));
    }

    public int size() {
        return companies.size();
    }

    /** Ids this knowledge base deletes when used as an overlay. */
    public Set<String> deletedIds() {
        return deletedIds;
    }

    /** Version of the built-in data, or the source name of a file (overlays join both with '+'). */
    public String version() {
        return version;
    }

    /** Non-fatal problems: unknown parents or successors, unknown fields, ids repeated across built-in files. */
    public List<String> warnings() {
        return warnings;
    }

    /** The warnings of the load itself (not the unknown parents and successors, which follow from the companies). */
    List<String> loadWarnings() {
        List<String> load = new ArrayList<>();
        for (String w : warnings) {
            if (!w.contains("names unknown parent") && !w.contains("names unknown successor")) {
                load.add(w);
            }
        }
        return load;
    }

    private void logWarnings() {
        warnings.forEach(w -> LOG.warn("Company knowledge base: {}", w));
    }
}
