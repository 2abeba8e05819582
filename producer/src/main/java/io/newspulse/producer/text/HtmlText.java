package io.newspulse.producer.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML fragment → plain text with jsoup: scripts/styles dropped, entities decoded, block elements and
 * {@code <br>} become line breaks, white space inside a line collapsed. Plain text passes unchanged apart from
 * white-space collapsing.
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "figure", "figcaption", "hr", "dd", "dt");

    private HtmlText() {
    }

    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return tidy(html);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("script, style, noscript, iframe").remove();
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    out.append('\n');
                }
            }
        }, body);
        return tidy(out.toString());
    }

    private static String tidy(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (String line : text.split("\\r?\\n|\\r")) {
            String l = line.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f]+", " ").strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(l);
        }
        return sb.toString();
    }
}
