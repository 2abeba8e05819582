package io.newspulse.producer.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the bytes of a text file into text, whatever its charset, and says which charset it used.
 * <ol>
 *   <li>a forced charset ({@code --encoding}) is used alone: bytes not valid in it are an error;</li>
 *   <li>a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE) decides;</li>
 *   <li>binary data (a known file signature such as PNG, or control bytes no text has) is an error;</li>
 *   <li>valid UTF-8 (ASCII included) is UTF-8;</li>
 *   <li>else ICU4J's {@link CharsetDetector} ranks the candidates; the first with at least
 *       {@value #MIN_CONFIDENCE}% confidence that decodes the bytes without a single error (directly or
 *       through its Windows superset, e.g. Shift_JIS through Windows-31J) and yields text, not control
 *       characters, wins;</li>
 *   <li>else: an error naming the UTF-8 failure and ICU's best guess.</li>
 * </ol>
 * Decoding is always strict: no byte is ever replaced by U+FFFD.
 */
public final class TextDecoder {
    /** Lowest ICU confidence (0-100) accepted for a detected charset. */
    public static final int MIN_CONFIDENCE = 10;
    /** Share of C0 control characters (other than tab, CR, LF, FF) above which decoded bytes are binary, not text. */
    static final double MAX_CONTROL_SHARE = 0.01;

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    /** Windows supersets tried when the standard charset ICU named rejects a byte (vendor extensions). */
    private static final Map<String, String> SUPERSETS = Map.of(
            "shift_jis", "windows-31j",
            "euc-kr", "x-windows-949",
            "gb2312", "GBK",
            "big5", "Big5-HKSCS",
            "iso-8859-1", "windows-1252");

    private final Charset forced;

    /** Detects the charset of every input. */
    public TextDecoder() {
        this(null);
    }

    /** Decodes every input with {@code forced}, or detects when it is null. */
    public TextDecoder(Charset forced) {
        this.forced = forced;
    }

    /** Text and the charset it was decoded from. */
    public record Decoded(String text, String charset) {
    }

    /** The bytes could not be read as text; the message is one sentence saying why. */
    public static final class UndecodableException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        public UndecodableException(String reason) {
            this.reason = reason;
        }

        @Override
        public String getMessage() {
            return reason;
        }
    }

    /** The charset forced on this decoder, if any. */
    public Optional<Charset> forced() {
        return Optional.ofNullable(forced);
    }

    /**
     * Decodes {@code bytes} strictly in {@code charset} (a leading U+FEFF is dropped).
     *
     * @throws UndecodableException saying {@code invalid <charset> at byte N}
     */
    public static String decodeStrictly(byte[] bytes, Charset charset) throws UndecodableException {
        try {
            return strict(bytes, 0, charset);
        } catch (CharacterCodingException e) {
            throw new UndecodableException("invalid " + charset.name() + " at byte " + firstError(bytes, 0, charset));
        }
    }

    /** Whether every ASCII character is one byte in {@code charset}, so lines can be split on the byte {@code \n}. */
    public static boolean isAsciiCompatible(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return !name.startsWith("UTF-16") && !name.startsWith("UTF-32") && !name.contains("UTF_16") && !name.contains("UTF_32");
    }

    /** Whether a byte-order mark of {@code bom} may precede text in {@code charset} (and is then skipped). */
    public static boolean sameFamily(Charset bom, Charset charset) {
        String a = bom.name().toUpperCase(Locale.ROOT);
        String b = charset.name().toUpperCase(Locale.ROOT);
        return a.equals(b) || (a.startsWith("UTF-16") && b.startsWith("UTF-16")) || (a.startsWith("UTF-32") && b.startsWith("UTF-32"));
    }

    /** Decodes a whole file or document. */
    public Decoded decode(byte[] bytes) throws UndecodableException {
        Bom bom = Bom.of(bytes);
        if (forced != null) {
            int skip = bom != null && sameFamily(bom.charset, forced) ? bom.length : 0;
            try {
                return new Decoded(strict(bytes, skip, forced), forced.name());
            } catch (CharacterCodingException e) {
                throw new UndecodableException("invalid " + forced.name() + " at byte " + firstError(bytes, skip, forced)
                        + " (charset forced by --encoding)");
            }
        }
        if (bom != null) {
            try {
                return new Decoded(strict(bytes, bom.length, bom.charset), bom.charset.name());
            } catch (CharacterCodingException e) {
                throw new UndecodableException("invalid " + bom.charset.name() + " at byte " + firstError(bytes, bom.length, bom.charset)
                        + " after a " + bom.charset.name() + " byte-order mark");
            }
        }
        String signature = BinarySignature.of(bytes);
        if (signature != null) {
            throw new UndecodableException("binary data (" + signature + "), not text");
        }
        try {
            String text = strict(bytes, 0, StandardCharsets.UTF_8);
            if (!looksLikeText(text)) {
                throw new UndecodableException("binary data (control characters), not text");
            }
            return new Decoded(text, StandardCharsets.UTF_8.name());
        } catch (UndecodableException e) {
            throw e;
        } catch (CharacterCodingException e) {
            return detect(bytes);
        }
    }

    private Decoded detect(byte[] bytes) throws UndecodableException {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        String best = null;
        for (CharsetMatch match : matches) {
            if (best == null) {
                best = match.getName() + " at " + match.getConfidence() + "% confidence";
            }
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            Optional<Decoded> decoded = tryCharset(bytes, match.getName());
            if (decoded.isPresent()) {
                return decoded.get();
            }
        }
        boolean binary = !looksLikeText(new String(bytes, StandardCharsets.ISO_8859_1));
        throw new UndecodableException(binary
                ? "binary data (control bytes), not text"
                : "invalid UTF-8 at byte " + firstError(bytes, 0, StandardCharsets.UTF_8) + "; no other charset detected that decodes it cleanly"
                        + (best == null ? "" : " (best guess " + best + ")") + "; force one with --encoding");
    }

    private static Optional<Decoded> tryCharset(byte[] bytes, String icuName) {
        String superset = SUPERSETS.get(icuName.toLowerCase(Locale.ROOT));
        for (String name : superset == null ? new String[] {icuName} : new String[] {icuName, superset}) {
            Charset charset;
            try {
                charset = Charset.forName(name);
            } catch (IllegalArgumentException e) {
                continue;
            }
            try {
                String text = strict(bytes, 0, charset);
                if (looksLikeText(text)) {
                    return Optional.of(new Decoded(text, icuName));
                }
            } catch (CharacterCodingException e) {
                // try the next candidate
            }
        }
        return Optional.empty();
    }

    /** Few C0 control characters (tab, CR, LF, FF excepted) and no NUL: text, not binary data. */
    static boolean looksLikeText(CharSequence text) {
        long controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return controls <= Math.max(1, text.length() * MAX_CONTROL_SHARE);
    }

    static String strict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Offset of the first byte {@code charset} cannot decode. */
    static long firstError(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length * 2));
        decoder.decode(in, out, true);
        return in.position();
    }

    /** A byte-order mark at the start of the bytes. */
    public record Bom(Charset charset, int length) {
        /** The mark at the start of {@code b}, or null. UTF-32LE is checked before UTF-16LE (same first two bytes). */
        public static Bom of(byte[] b) {
            if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
                return new Bom(UTF_32LE, 4);
            }
            if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
                return new Bom(UTF_32BE, 4);
            }
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }
    }
}
