package academy.course.infrastructure;

import academy.eventstore.MigrationSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

@ApplicationScoped
public class CourseMigrations {

    @Produces
    @Singleton
    MigrationSet migrations() {
        return new MigrationSet("course-service", List.of("db/course-service/V1__course_tables.sql",
                "db/course-service/V2__course_rewalks.sql"));
    }
}
