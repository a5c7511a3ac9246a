package academy.learning.infrastructure;

import academy.eventstore.MigrationSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

@ApplicationScoped
public class LearningMigrations {

    @Produces
    @Singleton
    MigrationSet migrations() {
        return new MigrationSet("learning-service", List.of("db/learning-service/V1__learning_lessons.sql",
                "db/learning-service/V2__learner_xp.sql"));
    }
}
