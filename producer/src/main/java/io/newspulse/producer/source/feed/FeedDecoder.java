package io.newspulse.producer.source.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Decodes feed bytes to text the way browsers do rather than the way strict XML parsers do.
 * <ol>
 *   <li>gzip data (magic {@code 1f 8b}) is decompressed (at most {@link #MAX_BYTES});</li>
 *   <li>a byte-order mark (UTF-8, UTF-16LE/BE) wins; BOM-less UTF-16 is recognised from {@code <?};</li>
 *   <li>else the encoding declared in the prolog, with WHATWG aliases: ISO-8859-1/US-ASCII are read as
 *       windows-1252 and Shift_JIS as Windows-31J (its superset); no declaration means UTF-8;</li>
 *   <li>a declared single-byte charset whose bytes are valid multi-byte UTF-8 is read as UTF-8;</li>
 *   <li>bytes that are not valid in the chosen charset are sniffed: Windows-31J or EUC-JP when they decode
 *       cleanly into Japanese (with hiragana), else windows-1252.</li>
 * </ol>
 * Every deviation from the file's own declaration is listed in {@link DecodedFeed#repairs()}.
 * White space before the XML declaration is removed (also a listed repair).
 */
public final class FeedDecoder {
    /** Largest document accepted after decompression. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final Pattern DECLARED = Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final int MIN_HIRAGANA = 5;

    /** Decodes {@code bytes}; throws {@link FeedException} for data that cannot be a feed. */
    public DecodedFeed decode(byte[] bytes) throws FeedException {
        List<String> repairs = new ArrayList<>();
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            bytes = gunzip(bytes);
            repairs.add("gunzipped (gzip-compressed data, not XML)");
        }
        if (bytes.length == 0) {
            throw new FeedException("empty document");
        }
        int bomLength = 0;
        Charset charset = bomCharset(bytes);
        if (charset != null) {
            bomLength = charset == StandardCharsets.UTF_8 ? 3 : 2;
        } else {
            charset = bomlessUtf16(bytes);
        }
        if (charset == null) {
            Optional<String> declared = declaredEncoding(bytes);
            charset = declared.map(FeedDecoder::whatwg).orElse(StandardCharsets.UTF_8);
            if (declared.isPresent() && charset == null) {
                repairs.add("unknown declared encoding '" + declared.get() + "', read as UTF-8");
                charset = StandardCharsets.UTF_8;
            }
            if (isSingleByte(charset) && isMultiByteUtf8(bytes)) {
                repairs.add("declared " + declared.orElse("?") + " but bytes are UTF-8; read as UTF-8");
                charset = StandardCharsets.UTF_8;
            }
        }
        String text;
        try {
            text = strict(bytes, bomLength, charset);
        } catch (CharacterCodingException e) {
            Charset sniffed = sniff(bytes);
            repairs.add("bytes are not valid " + charset.name() + " (declared or default); read as " + sniffed.name());
            charset = sniffed;
            text = new String(bytes, bomLength, bytes.length - bomLength, sniffed);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start > 0 && text.startsWith("<?xml", start)) {
            repairs.add("removed white space before the XML declaration");
            text = text.substring(start);
        }
        return new DecodedFeed(text, charset.name(), repairs);
    }

    private static byte[] gunzip(byte[] bytes) throws FeedException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes(MAX_BYTES + 1);
            if (out.length > MAX_BYTES) {
                throw new FeedException("gzip data expands beyond " + MAX_BYTES + " bytes");
            }
            return out;
        } catch (IOException e) {
            throw new FeedException("gzip-compressed data that cannot be decompressed: " + e.getMessage());
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static Charset bomlessUtf16(byte[] b) {
        if (b.length >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    static Optional<String> declaredEncoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
        int start = head.indexOf("<?xml");
        if (start < 0 || !head.substring(0, start).isBlank()) {
            return Optional.empty();
        }
        Matcher m = DECLARED.matcher(head);
        return m.find() && m.start() == start ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The charset a browser uses for a declared label; null when unknown. */
    static Charset whatwg(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "cp1252", "l1":
                return WINDOWS_1252;
            case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "cp932", "windows-31j", "csshiftjis":
                return WINDOWS_31J;
            case "utf-16", "utf16":
                return StandardCharsets.UTF_16LE;
            default:
                try {
                    return Charset.forName(label);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
        }
    }

    private static boolean isSingleByte(Charset c) {
        return c.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static boolean isMultiByteUtf8(byte[] bytes) {
        boolean highByte = false;
        for (byte b : bytes) {
            if (b < 0) {
                highByte = true;
                break;
            }
        }
        if (!highByte) {
            return false;
        }
        try {
            strict(bytes, 0, StandardCharsets.UTF_8);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset sniff(byte[] bytes) {
        for (Charset candidate : List.of(StandardCharsets.UTF_8, WINDOWS_31J, EUC_JP)) {
            try {
                String text = strict(bytes, 0, candidate);
                if (candidate == StandardCharsets.UTF_8 || hiragana(text) >= MIN_HIRAGANA) {
                    return candidate;
                }
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        return WINDOWS_1252;
    }

    private static long hiragana(String text) {
        return text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA).count();
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }
}
