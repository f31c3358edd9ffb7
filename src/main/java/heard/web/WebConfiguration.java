package heard.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

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
