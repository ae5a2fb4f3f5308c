package nl.voortgang.batch.status;

import java.time.Clock;
import nl.voortgang.batch.storage.JdbcSubmissions;
import nl.voortgang.batch.storage.ReferenceFiles;
import nl.voortgang.batch.storage.RejectedFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class StatusConfiguration {

    @Bean
    StatusReport statusReport(JdbcSubmissions submissions, RejectedFiles rejectedFiles, ReferenceFiles referenceFiles, JdbcClient jdbc,
                              Clock clock) {
        return new StatusReport(submissions, rejectedFiles, referenceFiles, jdbc, clock.getZone());
    }
}
