package io.newspulse.tagging.kb;

import java.util.regex.Pattern;

/** The rule for company ids: lower-case slugs {@code [a-z0-9][a-z0-9._-]*}. */
public final class CompanyIds {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private CompanyIds() {
    }

    /** True when {@code id} is a valid slug. */
    public static boolean isSlug(String id) {
        return id != null && SLUG.matcher(id).matches();
    }
}
