package nl.voortgang.batch.status;

import java.time.Clock;
import nl.voortgang.core.accountability.ReportSubmission;
import nl.voortgang.core.review.Reviews;
import nl.voortgang.batch.ingest.ReferenceFiles;
import nl.voortgang.batch.ingest.RejectedFiles;
import nl.voortgang.batch.storage.RunLock;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.submission.Submissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class StatusConfiguration {

    @Bean
    StatusReport statusReport(Submissions submissions, Alliances alliances, RejectedFiles rejectedFiles, ReferenceFiles referenceFiles, JdbcClient jdbc,
                              RunLock runLock, Reviews reviews, ReportSubmission reportSubmission, Clock clock) {
        return new StatusReport(submissions, alliances, rejectedFiles, referenceFiles, jdbc, runLock, reviews, reportSubmission, clock);
    }
}
