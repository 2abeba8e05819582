package io.newspulse.streams.config;

/** What the app does when the companies topic is empty at start-up ({@code companies.bootstrap}, lower case). */
public enum CompaniesBootstrap {
    /** Publish the built-in knowledge base. */
    BUILTIN,
    /** Publish nothing; wait for {@code newspulse companies load}. */
    NONE
}
