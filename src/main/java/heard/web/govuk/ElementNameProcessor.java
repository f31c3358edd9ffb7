package heard.web.govuk;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <h2 govuk:element="${'h' + level}">}: renames the element, for the macros' headings whose
 * level is an option ({@code <h{{ headingLevel }}>}), which Thymeleaf has no attribute for.
 */
final class ElementNameProcessor extends AbstractAttributeModelProcessor {

    /**
     * After th:each, th:if and th:with, which decide whether and with what the element is rendered,
     * and before the processors that set its attributes, which then run on the renamed element.
     */
    private static final int PRECEDENCE = 650;

    ElementNameProcessor(String dialectPrefix) {
        super(TemplateMode.HTML, dialectPrefix, null, false, "element", true, PRECEDENCE, true);
    }

    @Override
    protected void doProcess(ITemplateContext context, IModel model, AttributeName attributeName, String attributeValue,
            IElementModelStructureHandler structureHandler) {
        String name = String.valueOf(StandardExpressions.getExpressionParser(context.getConfiguration())
                .parseExpression(context, attributeValue)
                .execute(context));
        if (!name.matches("[a-z][a-z0-9]*")) { // an option makes the name: nothing but a plain element name
            throw new IllegalArgumentException("not an element name: " + name);
        }
        IModelFactory factory = context.getModelFactory();
        IOpenElementTag renamed = factory.createOpenElementTag(name);
        for (IAttribute attribute : ((IOpenElementTag) model.get(0)).getAllAttributes()) {
            if (attribute.getAttributeDefinition().getAttributeName().equals(attributeName)) {
                continue; // dropped here: the renamed element is processed again and must not be renamed again
            }
            renamed = factory.setAttribute(renamed, attribute.getAttributeCompleteName(), attribute.getValue(),
                    attribute.getValueQuotes());
        }
        model.replace(0, renamed);
        model.replace(model.size() - 1, factory.createCloseElementTag(name));
    }
}
