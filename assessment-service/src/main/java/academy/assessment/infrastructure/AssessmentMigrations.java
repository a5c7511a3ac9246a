package academy.assessment.infrastructure;

import academy.eventstore.MigrationSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

@ApplicationScoped
public class AssessmentMigrations {

    // Singleton, not ApplicationScoped: a record cannot sit behind a client proxy.
    @Produces
    @Singleton
    MigrationSet migrations() {
        return new MigrationSet("assessment-service", List.of("db/assessment-service/V1__assessment_tables.sql",
                "db/assessment-service/V3__auto_submit_parking.sql"));
    }
}
