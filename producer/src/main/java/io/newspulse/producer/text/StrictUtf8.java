package io.newspulse.producer.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** UTF-8 decoding that fails on malformed or unmappable bytes instead of inserting U+FFFD. */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    /**
     * Decodes {@code bytes}; a leading UTF-8 byte-order mark is dropped.
     *
     * @throws CharacterCodingException with the byte offset in its message when the bytes are not UTF-8
     */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new CharacterCodingException() {
                @Override
                public String getMessage() {
                    return "invalid UTF-8 at byte " + in.position();
                }
            };
        }
    }

    /** The decoded text, or empty when the bytes are not valid UTF-8. */
    public static Optional<String> tryDecode(byte[] bytes) {
        try {
            return Optional.of(decode(bytes));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
