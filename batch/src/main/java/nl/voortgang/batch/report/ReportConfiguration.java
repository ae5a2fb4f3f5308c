package nl.voortgang.batch.report;

import java.time.Clock;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.newsletter.NewsletterBuilder;
import nl.voortgang.core.newsletter.NewsletterContent;
import nl.voortgang.core.accountability.ReportSubmission;
import nl.voortgang.core.submission.Submissions;
import nl.voortgang.reports.NewsletterRenderer;
import nl.voortgang.reports.ProgressReportRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The renderers (templates load on first use), the table of PDFs written, and the publisher that writes them. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    ReportOutputs reportOutputs(JdbcClient jdbc) {
        return new ReportOutputs(jdbc);
    }

    @Bean
    @Lazy
    ProgressReportRenderer progressReportRenderer(Clock clock) {
        return new ProgressReportRenderer(clock.getZone());
    }

    @Bean
    @Lazy
    NewsletterRenderer newsletterRenderer(Clock clock) {
        return new NewsletterRenderer(clock.getZone());
    }

    @Bean
    @Lazy
    ReportPublisher reportPublisher(ReportSubmission reports, NewsletterBuilder newsletters, ProgressReportRenderer reportRenderer,
                                    NewsletterRenderer newsletterRenderer, Alliances alliances, Submissions submissions,
                                    NewsletterContent newsletterContent, ReportOutputs outputs, JdbcClient jdbc, Clock clock) {
        return new ReportPublisher(reports, newsletters, reportRenderer, newsletterRenderer, alliances, submissions, newsletterContent,
                outputs, jdbc, clock);
    }
}
