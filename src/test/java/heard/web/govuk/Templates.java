package heard.web.govuk;

import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** A template engine like the application's (Spring dialect plus {@link GovukDialect}), without Spring. */
final class Templates {

    private static final SpringTemplateEngine ENGINE = engine();

    private Templates() {
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver classpath = new ClassLoaderTemplateResolver();
        classpath.setPrefix("templates/");
        classpath.setSuffix(".html");
        classpath.setTemplateMode(TemplateMode.HTML);
        classpath.setCharacterEncoding("UTF-8");
        classpath.setCheckExistence(true);
        classpath.setOrder(1);
        // Anything that is not a template file is the text of a template, as the tests write them.
        StringTemplateResolver text = new StringTemplateResolver();
        text.setTemplateMode(TemplateMode.HTML);
        text.setOrder(2);

        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(classpath);
        engine.addTemplateResolver(text);
        engine.addDialect(new GovukDialect());
        return engine;
    }

    /** Renders {@code ~{govuk/COMPONENT :: MACRO(params)}}, MACRO being the component's name in lower camel case. */
    static String component(String component, Object params) {
        return render("<th:block th:replace=\"~{govuk/" + component + " :: " + macroName(component) + "(${params})}\"></th:block>",
                Map.of("params", params));
    }

    static String render(String template, Map<String, ?> variables) {
        Context context = new Context();
        variables.forEach(context::setVariable);
        return ENGINE.process(template, context);
    }

    static String macroName(String component) {
        StringBuilder name = new StringBuilder();
        for (String word : component.split("-")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
