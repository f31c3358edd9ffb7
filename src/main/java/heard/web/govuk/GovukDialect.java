package heard.web.govuk;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.StandardDialect;

/**
 * What the fragments in {@code templates/govuk} and {@code templates/form.html} need beyond the
 * Spring standard dialect, to say what the Nunjucks macros say: {@code govuk:attributes} (the
 * macros' {@code govukAttributes}), {@code govuk:html} (markup options, which may also be
 * fragments), {@code govuk:element} (heading levels chosen by an option), the {@code #govuk}
 * expression object (Nunjucks truthiness, defaults and class lists) and, for the form helpers,
 * the {@code #govukForm} expression object (options from Spring MVC's binding).
 * Spring Boot adds it to the application's template engine because it is a bean.
 */
@Component
public class GovukDialect extends AbstractProcessorDialect implements IExpressionObjectDialect {

    static final String PREFIX = "govuk";
    private static final String FORM = "govukForm";

    public GovukDialect() {
        super("GOV.UK Frontend", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new AttributesProcessor(dialectPrefix), new ElementNameProcessor(dialectPrefix),
                new HtmlProcessor(dialectPrefix));
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            private final GovukExpressions govuk = new GovukExpressions();

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(PREFIX, FORM);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return FORM.equals(expressionObjectName) ? new FormExpressions(context) : govuk;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return PREFIX.equals(expressionObjectName); // #govukForm reads the template's own context
            }
        };
    }
}
