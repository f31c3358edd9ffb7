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
 * macros' {@code govukAttributes}), {@code govuk:element} (heading levels chosen by an option) and
 * the {@code #govuk} expression object (Nunjucks truthiness, defaults and class lists).
 * Spring Boot adds it to the application's template engine because it is a bean.
 */
@Component
public class GovukDialect extends AbstractProcessorDialect implements IExpressionObjectDialect {

    static final String PREFIX = "govuk";

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
                return Set.of(PREFIX);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return govuk;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
