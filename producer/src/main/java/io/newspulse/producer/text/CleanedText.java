package io.newspulse.producer.text;

/**
 * Title and body of a page after {@link PageTextCleaner}.
 *
 * @param title        the headline, or null when the page has none
 * @param body         the text without navigation junk (may be empty)
 * @param droppedLines how many lines were dropped as junk
 */
public record CleanedText(String title, String body, int droppedLines) {
}
