package io.newspulse.producer.source.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import io.newspulse.producer.ArticleDraft;
import io.newspulse.producer.lang.LanguageDetector;
import io.newspulse.producer.text.HtmlText;
import java.net.URI;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Maps one feed entry to an {@link ArticleDraft}: title and body as plain text (HTML through {@link HtmlText};
 * the full content — {@code content:encoded}, Atom content — is preferred over the description/summary; an
 * entry with no text uses its title as body), identity = guid/Atom id, else link; relative links are resolved
 * against the feed's link or URL when that is absolute; {@code published_at} = published, else updated date;
 * language = the feed's declared language, else detected from the text.
 */
public final class FeedItemMapper {
    private final LanguageDetector languages = new LanguageDetector();

    /** The draft for {@code entry}, or empty when the entry has neither title nor text. */
    public Optional<ArticleDraft> map(SyndFeed feed, SyndEntry entry, String feedRef) {
        String title = HtmlText.toText(entry.getTitle()).replace('\n', ' ');
        String body = contentText(entry);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("feed", feedRef);
        if (body.isBlank()) {
            if (title.isBlank()) {
                return Optional.empty();
            }
            body = title;
            attributes.put("body", "title-only");
        }
        String base = absolute(feed.getLink()) ? feed.getLink() : (absolute(feedRef) ? feedRef : null);
        String link = resolve(base, blankToNull(entry.getLink()));
        String guid = blankToNull(entry.getUri());
        String identity = guid != null ? guid : link;
        if (guid != null) {
            attributes.put("guid", guid);
        }
        if (blankToNull(entry.getAuthor()) != null) {
            attributes.put("author", entry.getAuthor().strip());
        }
        String categories = entry.getCategories().stream().map(SyndCategory::getName).filter(n -> n != null && !n.isBlank())
                .map(String::strip).distinct().collect(Collectors.joining(", "));
        if (!categories.isEmpty()) {
            attributes.put("categories", categories);
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        String source = blankToNull(feed.getTitle()) != null ? HtmlText.toText(feed.getTitle()).replace('\n', ' ') : feedRef;
        return Optional.of(new ArticleDraft(source, null, identity, link, title.isBlank() ? null : title, body,
                language(feed, title + "\n" + body), date == null ? null : date.toInstant(), attributes));
    }

    private static String contentText(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                html.append(c.getValue()).append('\n');
            }
        }
        String text = HtmlText.toText(html.toString());
        if (text.isBlank() && entry.getDescription() != null) {
            text = HtmlText.toText(entry.getDescription().getValue());
        }
        return text;
    }

    private String language(SyndFeed feed, String text) {
        String declared = feed.getLanguage();
        if (declared != null && declared.strip().length() >= 2 && Character.isLetter(declared.strip().charAt(0))) {
            return declared.strip().substring(0, 2).toLowerCase(Locale.ROOT);
        }
        return languages.detect(text);
    }

    private static boolean absolute(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static String resolve(String base, String link) {
        if (link == null || base == null || absolute(link)) {
            return link == null ? null : link.strip();
        }
        try {
            return new URI(base.strip()).resolve(link.strip()).toString();
        } catch (Exception e) {
            return link.strip();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
