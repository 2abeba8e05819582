package io.newspulse.dedup.fingerprint;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonicalises URLs inside (already case-folded) text: drops the scheme, a leading {@code www.}, the fragment and
 * tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...), so that a copy re-shared with tracking
 * tags yields the same tokens as the original. Thread-safe.
 */
public final class UrlNormalizer {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'()\\[\\]|]+");
    private static final Pattern TRACKING = Pattern.compile(
            "^(utm_[a-z0-9_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref_src|cmpid|ncid)$");

    private UrlNormalizer() {
    }

    /** Replaces every URL in {@code text} by its canonical form. */
    public static String normalizeAll(String text) {
        if (text.indexOf("://") < 0) {
            return text;
        }
        Matcher m = URL.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(canonical(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Canonical form of one URL. */
    public static String canonical(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        u = u.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        int q = u.indexOf('?');
        if (q >= 0) {
            StringBuilder kept = new StringBuilder();
            for (String param : u.substring(q + 1).split("&")) {
                if (param.isEmpty()) {
                    continue;
                }
                int eq = param.indexOf('=');
                String name = eq >= 0 ? param.substring(0, eq) : param;
                if (!TRACKING.matcher(name).matches()) {
                    kept.append(kept.length() == 0 ? '?' : '&').append(param);
                }
            }
            u = u.substring(0, q) + kept;
        }
        while (u.endsWith("/") || u.endsWith(".") || u.endsWith(",")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
