package heard.web.govuk;

import java.util.Map;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code govuk:attributes="${map}"}: the Nunjucks {@code govukAttributes} macro. Each entry becomes
 * an attribute; a value may be {@code {value, optional}}, where an optional attribute is left out
 * when its value is null or false and written without a value when it is true. The expression may
 * also give a list of such maps. An attribute the element already has is kept, as a browser keeps
 * the first of two attributes with the same name in the macro's output.
 */
final class AttributesProcessor extends AbstractAttributeTagProcessor {

    /** After the standard th:* attribute processors, so that the element's own attributes are set. */
    private static final int PRECEDENCE = 1400;

    AttributesProcessor(String dialectPrefix) {
        super(TemplateMode.HTML, dialectPrefix, null, false, "attributes", true, PRECEDENCE, true);
    }

    @Override
    protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
            String attributeValue, IElementTagStructureHandler structureHandler) {
        Object attributes = StandardExpressions.getExpressionParser(context.getConfiguration())
                .parseExpression(context, attributeValue)
                .execute(context);
        add(tag, attributes, structureHandler);
    }

    private static void add(IProcessableElementTag tag, Object attributes, IElementTagStructureHandler structureHandler) {
        if (attributes instanceof Iterable<?> list) {
            list.forEach(each -> add(tag, each, structureHandler));
        } else if (attributes instanceof Map<?, ?> map) {
            map.forEach((name, item) -> {
                if (name != null && !tag.hasAttribute(name.toString())) {
                    set(name.toString(), item, structureHandler);
                }
            });
        } else if (attributes != null) {
            // The macro also takes a pre-rendered attribute string, a Nunjucks "safe" value Heard has no use for.
            throw new IllegalArgumentException("attributes must be a map of attribute names to values, not " + attributes);
        }
    }

    private static void set(String name, Object item, IElementTagStructureHandler structureHandler) {
        boolean optional = false;
        Object value = item;
        if (item instanceof Map<?, ?> options) {
            optional = Boolean.TRUE.equals(options.get("optional"));
            value = options.get("value");
        }
        if (optional && Boolean.TRUE.equals(value)) {
            structureHandler.setAttribute(name, null);
        } else if (!optional || (value != null && !Boolean.FALSE.equals(value))) {
            structureHandler.setAttribute(name, value == null ? "" : HtmlEscape.escapeHtml4Xml(GovukExpressions.string(value)));
        }
    }
}
