package heard.web;

import java.util.ArrayList;
import java.util.List;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Form records are bound first of all, so that a handler is never handed no form ({@link FormRecordBinding}). */
    @Bean
    static BeanPostProcessor formRecordsBoundFirst() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                    List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
                    resolvers.add(new FormRecordBinding());
                    resolvers.addAll(adapter.getArgumentResolvers());
                    adapter.setArgumentResolvers(resolvers);
                }
                return bean;
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FormErrorsInterceptor());
    }

    /**
     * A council's own references often hold slashes (CSC/2024/0042), and a record's address holds its
     * reference as one path segment, the slash encoded as %2F. Tomcat refuses that by default; passed through
     * undecoded, Spring MVC matches the segment whole and decodes the reference.
     */
    @Bean
    TomcatConnectorCustomizer tomcatForReferencesWithSlashes() {
        return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }
}
