package heard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import heard.AuthorizationMatrix.Routes;
import heard.AuthorizationMatrix.Section;
import heard.AuthorizationMatrix.Who;
import heard.security.NewStaffAccount;
import heard.security.StaffAccounts;
import heard.security.StaffMember;
import heard.testing.TestClock;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The authorization matrix made ready to call: every module's {@link Section} found, a member of staff for each
 * role, the records the rows' addresses name made on a fixed day. For the tests that call every route.
 */
record MatrixRun(Routes routes, Map<Who, StaffMember> staff, Map<String, String> samples) {

    /** The day the records are made on: the sections date them from it. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");

    static MatrixRun prepare(ApplicationContext context, String usernamePrefix) throws Exception {
        context.getBean(TestClock.class).setDate(TODAY);
        Routes routes = new Routes();
        List<Section> sections = sections();
        sections.forEach(s -> s.routes(routes));
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<Who, StaffMember> staff = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            who.role().ifPresent(role -> staff.put(who, context.getBean(StaffAccounts.class).create(new NewStaffAccount(
                    usernamePrefix + "-" + who.name().toLowerCase().replace('_', '-') + "-" + run,
                    usernamePrefix + " " + who.name().toLowerCase().replace('_', ' ') + " " + run, null, Set.of(role), null,
                    true)).member()));
        }
        Map<String, String> samples = new HashMap<>();
        AuthorizationMatrix.Samples preparation = new AuthorizationMatrix.Samples() {
            @Override
            public <T> T bean(Class<T> type) {
                return type.isInstance(context) ? type.cast(context) : context.getBean(type);
            }

            @Override
            public StaffMember staff(Who who) {
                return staff.get(who);
            }

            @Override
            public void put(String name, Object value) {
                samples.put(name, String.valueOf(value));
            }
        };
        for (Section section : sections) {
            section.prepare(preparation);
        }
        return new MatrixRun(routes, staff, samples);
    }

    /** The address of a row, its braces filled with the samples. */
    String address(String pattern, String key) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder address = new StringBuilder();
        while (variable.find()) {
            String value = samples.get(variable.group(1));
            assertThat(value).as(key + ": no sample named " + variable.group(1) + " (a section's prepare puts it, "
                    + "or the row gives an address with .at)").isNotNull();
            variable.appendReplacement(address, Matcher.quoteReplacement(value));
        }
        variable.appendTail(address);
        return address.toString();
    }

    /** Signed in as this member of staff, with their roles; nothing for nobody. */
    static RequestPostProcessor as(StaffMember member) {
        return member == null ? request -> request : user(member.username()).authorities(member.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    /** The parameters a mapping requires, from the key's square brackets: {@code POST /cases/new [addElement]}. */
    static Map<String, String> requiredParams(String key) {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher brackets = Pattern.compile("\\[(.*)]$").matcher(key);
        if (brackets.find()) {
            for (String param : brackets.group(1).split(", ")) {
                String[] nameValue = param.split("=", 2);
                params.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
            }
        }
        return params;
    }

    /** Every {@link Section} on the class path under {@code heard}, the module's own test package holding it. */
    static List<Section> sections() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Section.class));
        List<Section> sections = new ArrayList<>();
        for (var definition : scanner.findCandidateComponents("heard")) {
            Constructor<?> constructor = Class.forName(definition.getBeanClassName()).getDeclaredConstructor();
            constructor.setAccessible(true);
            sections.add((Section) constructor.newInstance());
        }
        return sections;
    }
}
