package heard.web.govuk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * HTML as a browser sees it, written out so that two renderings of the same markup come out the
 * same: one element a line, attributes sorted, classes as a sorted set, boolean attributes without
 * a value, text with its whitespace collapsed, comments left out. Compared as strings, so that a
 * failing test shows where the markup differs.
 */
final class NormalisedHtml {

    private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of("allowfullscreen", "async", "autofocus", "autoplay",
            "checked", "controls", "default", "defer", "disabled", "formnovalidate", "hidden", "inert", "ismap",
            "itemscope", "loop", "multiple", "muted", "nomodule", "novalidate", "open", "playsinline", "readonly",
            "required", "reversed", "selected");

    private NormalisedHtml() {
    }

    static String of(String html) {
        StringBuilder out = new StringBuilder();
        children(Jsoup.parseBodyFragment(html).body(), 0, out);
        return out.toString();
    }

    /** What an HTML5 parser finds wrong with a page. */
    static List<String> pageParseErrors(String page) {
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Jsoup.parse(page, "", parser);
        return parser.getErrors().stream().map(ParseError::toString).toList();
    }

    /** What an HTML5 parser finds wrong with markup, as the body of a page. */
    static List<String> parseErrors(String html) {
        return pageParseErrors("<!DOCTYPE html><html lang=en><head><title>t</title></head><body>" + html + "</body></html>");
    }

    private static void children(Element parent, int depth, StringBuilder out) {
        StringBuilder text = new StringBuilder();
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (child instanceof Element element) {
                text(text, depth, out);
                element(element, depth, out);
            }
        }
        text(text, depth, out);
    }

    private static void text(StringBuilder text, int depth, StringBuilder out) {
        String collapsed = text.toString().replaceAll("\\s+", " ").strip();
        if (!collapsed.isEmpty()) {
            out.append("  ".repeat(depth)).append('"').append(collapsed).append("\"\n");
        }
        text.setLength(0);
    }

    private static void element(Element element, int depth, StringBuilder out) {
        TreeMap<String, String> attributes = new TreeMap<>();
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey();
            String value = attribute.getValue().replaceAll("\\s+", " ").strip();
            if (name.equals("class")) {
                value = String.join(" ", new TreeSet<>(List.of(value.split(" "))));
            }
            attributes.put(name, BOOLEAN_ATTRIBUTES.contains(name) ? null : value);
        }
        List<String> written = new ArrayList<>();
        attributes.forEach((name, value) -> written.add(value == null ? name : name + "=\"" + value + "\""));
        out.append("  ".repeat(depth)).append('<').append(element.normalName());
        written.forEach(attribute -> out.append(' ').append(attribute));
        out.append(">\n");
        children(element, depth + 1, out);
    }
}
