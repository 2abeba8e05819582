package io.newspulse.tagging;

import io.newspulse.avro.Company;
import io.newspulse.tagging.discovery.OrganisationDiscovery;
import io.newspulse.tagging.kb.CompanyKnowledgeBase;
import io.newspulse.tagging.kb.KnowledgeBaseImage;
import io.newspulse.tagging.match.AliasDictionary;
import io.newspulse.tagging.match.DictionaryImage;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tagger of the built-in knowledge base compiled at build time (issue 23: start-up). Building it takes about 2 s
 * of CPU alone and several times that beside the rest of a start on two cores; loading this image takes a fraction
 * of it. The tagging module's {@code process-classes} phase runs {@link #main} after {@link KnowledgeBaseImage}'s:
 * it builds the tagger from the knowledge base read from that image, as {@link Tagger#build} does at run time, and
 * writes its dictionary ({@link DictionaryImage}) with, per company of the dictionary, its place among the knowledge
 * base's companies.
 *
 * <p>{@link #load} uses the image only for the knowledge base it was compiled for and the code that compiled it: the
 * knowledge base must have been read from the build-time image with the fingerprint (size, CRC-32) recorded, and
 * every class file recorded (the matching package, {@link Tagger}, the text normaliser) must still have its recorded
 * fingerprint. So classes recompiled outside Maven, or a knowledge base read from its JSON files, build the tagger
 * as before. Any other knowledge base (a user file, the companies store) is built as before too.
 */
public final class TaggerImage {
    private static final Logger LOG = LoggerFactory.getLogger(TaggerImage.class);
    /** The image's resource name. */
    static final String RESOURCE = "io/newspulse/tagging/tagger.image";
    private static final int MAGIC = 0x4E505447; // "NPTG"
    private static final int FORMAT = 1;
    /** The class files, besides the matching package's, whose code decides what a build compiles. */
    private static final List<String> OTHER_CLASSES = List.of("io/newspulse/tagging/Tagger.class",
            "io/newspulse/core/text/TextNormalizer.class");
    private static final String MATCH_PACKAGE = "io/newspulse/tagging/match/";

    private TaggerImage() {
    }

    /** Writes the image of the built-in knowledge base's tagger into the classes directory {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        CompanyKnowledgeBase kb = CompanyKnowledgeBase.builtIn();
        List<String> codeFiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes.resolve(MATCH_PACKAGE))) {
            files.map(f -> MATCH_PACKAGE + f.getFileName()).filter(name -> name.endsWith(".class")).sorted()
                    .forEach(codeFiles::add);
        }
        codeFiles.addAll(OTHER_CLASSES);
        Path image = classes.resolve(RESOURCE);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(image), 1 << 16))) {
            write(kb, codeFiles, out);
        }
        LOG.info("Wrote {} (tagger of {} companies, {} bytes)", image, kb.size(), Files.size(image));
    }

    /** Writes the tagger of {@code kb}, which must have been read from the build-time image. */
    static void write(CompanyKnowledgeBase kb, List<String> codeFiles, DataOutputStream out) throws IOException {
        String kbFingerprint = kb.imageFingerprint().orElseThrow(() -> new IllegalStateException(
                "the built-in knowledge base was not read from its build-time image"));
        Tagger tagger = Tagger.build(kb.companies());
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        string(out, kbFingerprint);
        out.writeInt(codeFiles.size());
        for (String file : codeFiles) {
            string(out, file);
            string(out, codeFingerprint(file).orElseThrow(() -> new IllegalStateException("no class file " + file)));
        }
        Map<String, Integer> place = new HashMap<>();
        List<Company> live = live(kb);
        for (int i = 0; i < live.size(); i++) {
            place.put(live.get(i).getId(), i);
        }
        List<Company> companies = tagger.dictionary().companies();
        out.writeInt(companies.size());
        for (Company c : companies) {
            out.writeInt(place.get(c.getId()));
            string(out, c.getId());
        }
        DictionaryImage.write(tagger.dictionary(), out);
    }

    /**
     * The tagger of {@code kb} from the build-time image, when {@code kb} is the built-in knowledge base read from the
     * image the tagger was compiled for and the code is the code that compiled it; else empty.
     */
    static Optional<Tagger> load(CompanyKnowledgeBase kb) {
        Optional<String> kbFingerprint = kb.imageFingerprint();
        URL url = TaggerImage.class.getClassLoader().getResource(RESOURCE);
        if (kbFingerprint.isEmpty() || url == null) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        try {
            byte[] bytes;
            try (InputStream in = url.openStream()) {
                bytes = in.readAllBytes();
            }
            Optional<Tagger> tagger = read(ByteBuffer.wrap(bytes), kb, kbFingerprint.get());
            tagger.ifPresent(t -> LOG.info("Tagger of the built-in knowledge base ({} companies) loaded from its build-time "
                    + "image in {} ms", t.companyCount(), (System.nanoTime() - start) / 1_000_000));
            return tagger;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The tagger's build-time image is unreadable ({}); building the tagger", e.toString());
            return Optional.empty();
        }
    }

    /** The tagger of an image, or empty (logged) when it was compiled for another knowledge base or other code. */
    static Optional<Tagger> read(ByteBuffer in, CompanyKnowledgeBase kb, String kbFingerprint) {
        if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
            LOG.info("The tagger's build-time image has another format; building the tagger");
            return Optional.empty();
        }
        if (!string(in).equals(kbFingerprint)) {
            LOG.info("The tagger's build-time image was compiled for another knowledge base image; building the tagger");
            return Optional.empty();
        }
        for (int files = in.getInt(), k = 0; k < files; k++) {
            String file = string(in);
            String recorded = string(in);
            if (!codeFingerprint(file).map(recorded::equals).orElse(false)) {
                LOG.info("The tagger's build-time image was compiled by other code ({} changed); building the tagger", file);
                return Optional.empty();
            }
        }
        List<Company> live = live(kb);
        Company[] companies = new Company[in.getInt()];
        for (int i = 0; i < companies.length; i++) {
            int place = in.getInt();
            String id = string(in);
            if (place < 0 || place >= live.size() || !live.get(place).getId().equals(id)) {
                LOG.info("The tagger's build-time image names company '{}' where the knowledge base has no such company; "
                        + "building the tagger", id);
                return Optional.empty();
            }
            companies[i] = Tagger.withFormerNamesAndBrands(live.get(place));
        }
        AliasDictionary dictionary = DictionaryImage.read(in, List.of(companies));
        if (in.hasRemaining()) {
            throw new IllegalStateException(in.remaining() + " bytes left after the dictionary");
        }
        return Optional.of(new Tagger(dictionary, OrganisationDiscovery.patternsOnly()));
    }

    /** The knowledge base's companies a tagger is built from (deleted ones skipped), in its order. */
    private static List<Company> live(CompanyKnowledgeBase kb) {
        List<Company> live = new ArrayList<>(kb.size());
        for (Company c : kb.companies()) {
            if (!c.getDeleted()) {
                live.add(c);
            }
        }
        return live;
    }

    /** The fingerprint of a class file on the class path, empty when there is none. */
    private static Optional<String> codeFingerprint(String file) {
        URL url = TaggerImage.class.getClassLoader().getResource(file);
        return url == null ? Optional.empty() : Optional.of(KnowledgeBaseImage.fingerprint(url));
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
