package io.newspulse.producer.source.feed;

import java.util.List;

/**
 * Feed bytes turned into XML text.
 *
 * @param xml     the document text, without BOM and without anything before the XML declaration
 * @param charset the charset the bytes were decoded with
 * @param repairs lenient repairs applied (empty for a clean file), e.g. {@code "gunzipped"}
 */
public record DecodedFeed(String xml, String charset, List<String> repairs) {
    public DecodedFeed {
        repairs = List.copyOf(repairs);
    }
}
