package io.newspulse.registry.server;

import io.newspulse.registry.model.Errors;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Decodes {@code %XX} escapes (UTF-8) in path segments and query strings; {@code +} is kept in paths. */
final class PercentDecoder {
    private PercentDecoder() {
    }

    static String decode(String s) {
        return decode(s, false);
    }

    static String decode(String s, boolean plusIsSpace) {
        if (s.indexOf('%') < 0 && !(plusIsSpace && s.indexOf('+') >= 0)) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw Errors.badRequest("Invalid percent-encoding in '" + s + "'");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw Errors.badRequest("Invalid percent-encoding in '" + s + "'");
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
