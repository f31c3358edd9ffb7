package heard.reporting;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import heard.casework.Casework;
import heard.casework.CaseworkImport;
import heard.feedback.Feedbacks;
import heard.ombudsman.Ombudsman;
import heard.organisation.Organisation;
import heard.organisation.OrganisationSettings;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database test on a database of its own holding {@link HandCountedCouncil}'s records, loaded once for
 * every test class with this annotation, and the historical totals it entered for 2020/21.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DatabaseTest(properties = "heard.test.scenario=hand-counted-council")
@AutoConfigureMockMvc
@Import(HandCountedCouncilTest.Loaded.class)
@interface HandCountedCouncilTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Loaded {

        @Bean
        HandCountedCouncil handCountedCouncil() {
            return new HandCountedCouncil();
        }

        /** Once the application has started, so that the calendar has loaded its bank holidays. */
        @Bean
        ApplicationListener<ApplicationReadyEvent> loadHandCountedCouncil(HandCountedCouncil council,
                OrganisationSettings settings, Organisation organisation, PlatformTransactionManager transactions,
                CaseworkImport casework, Feedbacks feedbacks, Ombudsman lgsco, Casework cases, StaffAccounts accounts,
                HistoricalYears history) {
            return event -> {
                council.load(settings, organisation, new TransactionTemplate(transactions), casework, feedbacks, lgsco,
                        cases, accounts);
                history.save(new HistoricalYear(null, "2020/21", ReportPeriod.financialYear(2020), 40, 6, 1, null, 12,
                        null, 38, 30, null, null, 0));
            };
        }
    }
}
