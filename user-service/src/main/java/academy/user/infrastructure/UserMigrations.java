package academy.user.infrastructure;

import academy.eventstore.MigrationSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

@ApplicationScoped
public class UserMigrations {

    @Produces
    @Singleton
    MigrationSet migrations() {
        return new MigrationSet("user-service", List.of("db/user-service/V1__user_profiles.sql"));
    }
}
