package io.newspulse.producer.source.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.nodes.Entities;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Parses feed XML into a ROME {@link SyndFeed} with a hardened parser:
 * <ul>
 *   <li>a DOCTYPE whose internal subset declares entities ({@code <!ENTITY}) is refused before parsing —
 *       that covers XXE and entity-expansion ("billion laughs") documents;</li>
 *   <li>a plain DOCTYPE (e.g. the Netscape RSS 0.91 one) is allowed, but the external DTD is never loaded:
 *       external general/parameter entities and {@code load-external-dtd} are off, secure processing is on,
 *       and the entity resolver answers every external id with an empty document (and counts the call);</li>
 *   <li>the document is parsed from text already decoded by {@link FeedDecoder}, so the declared encoding
 *       cannot mislead the parser.</li>
 * </ul>
 * Lenient repair: when the parser stops at an HTML named entity XML does not know ({@code &nbsp;},
 * {@code &copy;}...), those references are rewritten as numeric references and parsing is retried; the
 * repair is reported. Truncated or otherwise malformed XML is an error, never a partial feed.
 */
public final class SecureFeedParser {
    private static final Pattern ENTITY_DECL = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_REF = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");
    private static final java.util.Set<String> XML_ENTITIES = java.util.Set.of("amp", "lt", "gt", "quot", "apos");

    private final AtomicInteger externalResolutions = new AtomicInteger();

    /** The result of one parse: the feed and the repairs that were needed. */
    public record Parsed(SyndFeed feed, List<String> repairs) {
    }

    /** How many times the parser asked for an external entity or DTD (always answered with nothing). */
    public int externalResolutions() {
        return externalResolutions.get();
    }

    /** Parses decoded feed XML. */
    public Parsed parse(String xml) throws FeedException {
        refuseEntityDeclarations(xml);
        List<String> repairs = new ArrayList<>();
        Document doc;
        try {
            doc = build(xml);
        } catch (FeedException e) {
            if (!isUndeclaredEntity(e)) {
                throw e;
            }
            String fixed = mapHtmlEntities(xml);
            if (fixed.equals(xml)) {
                throw e;
            }
            doc = build(fixed);
            repairs.add("mapped HTML named entities undefined in XML to characters");
        }
        String root = doc.getRootElement().getName().toLowerCase(Locale.ROOT);
        if (!root.equals("rss") && !root.equals("feed") && !root.equals("rdf")) {
            throw new FeedException("not a feed: root element <" + doc.getRootElement().getQualifiedName() + ">");
        }
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(true);
        try {
            return new Parsed(input.build(doc), repairs);
        } catch (com.rometools.rome.io.FeedException | IllegalArgumentException e) {
            throw new FeedException("not a recognised RSS/Atom feed: " + e.getMessage(), e);
        }
    }

    private static void refuseEntityDeclarations(String xml) throws FeedException {
        Matcher doctype = DOCTYPE.matcher(xml);
        if (!doctype.find()) {
            return;
        }
        int firstElement = firstElementStart(xml, doctype.end());
        if (ENTITY_DECL.matcher(xml).region(doctype.end(), firstElement).find()) {
            throw new FeedException("DOCTYPE declares entities; refused (protection against external entities and entity expansion)");
        }
    }

    private static int firstElementStart(String xml, int from) {
        int bracket = xml.indexOf(']', from);
        int end = bracket < 0 ? from : bracket;
        for (int i = end; i < xml.length() - 1; i++) {
            if (xml.charAt(i) == '<' && Character.isLetter(xml.charAt(i + 1))) {
                return i;
            }
        }
        return xml.length();
    }

    private Document build(String xml) throws FeedException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setEntityResolver((publicId, systemId) -> {
            externalResolutions.incrementAndGet();
            return new InputSource(new StringReader(""));
        });
        builder.setExpandEntities(true);
        try {
            return builder.build(new StringReader(xml));
        } catch (JDOMException e) {
            throw new FeedException("not well-formed XML: " + describe(e), e);
        } catch (IOException e) {
            throw new FeedException("cannot read XML: " + e.getMessage(), e);
        }
    }

    private static String describe(JDOMException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof SAXParseException sax) {
            return sax.getMessage() + " (line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ")";
        }
        return cause.getMessage();
    }

    private static boolean isUndeclaredEntity(FeedException e) {
        return e.getMessage() != null && e.getMessage().contains("was referenced, but not declared");
    }

    static String mapHtmlEntities(String xml) {
        Matcher m = NAMED_REF.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement = m.group();
            if (!XML_ENTITIES.contains(name) && Entities.isNamedEntity(name)) {
                int[] cps = Entities.getByName(name).codePoints().toArray();
                StringBuilder refs = new StringBuilder();
                for (int cp : cps) {
                    refs.append("&#").append(cp).append(';');
                }
                replacement = refs.toString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
