package heard.web.govuk;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.Fragment;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code govuk:html="${content}"}: the element's content is markup, as a macro's {@code html}
 * option: a string is written unescaped (like {@code th:utext}), a fragment ({@code ~{...}}) is
 * inserted. Fragments are how a Thymeleaf page gives what a Nunjucks page gives with
 * {@code {% call %}} or with HTML rendered by another macro.
 */
final class HtmlProcessor extends AbstractAttributeTagProcessor {

    private static final int PRECEDENCE = 1300; // with th:text and th:utext
    private static final String FRAGMENT_VARIABLE = "govukHtmlFragment";

    HtmlProcessor(String dialectPrefix) {
        super(TemplateMode.HTML, dialectPrefix, null, false, "html", true, PRECEDENCE, true);
    }

    @Override
    protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
            String attributeValue, IElementTagStructureHandler structureHandler) {
        Object content = StandardExpressions.getExpressionParser(context.getConfiguration())
                .parseExpression(context, attributeValue)
                .execute(context);
        if (content instanceof Fragment fragment) {
            // Inserted by th:replace, which binds the fragment's parameters as Thymeleaf does everywhere else.
            IModelFactory factory = context.getModelFactory();
            IModel body = factory.createModel();
            body.add(factory.createOpenElementTag("th:block", StandardDialect.PREFIX + ":replace", "${" + FRAGMENT_VARIABLE + "}"));
            body.add(factory.createCloseElementTag("th:block"));
            structureHandler.setLocalVariable(FRAGMENT_VARIABLE, fragment);
            structureHandler.setBody(body, true);
        } else {
            structureHandler.setBody(content == null ? "" : GovukExpressions.string(content), false);
        }
    }
}
