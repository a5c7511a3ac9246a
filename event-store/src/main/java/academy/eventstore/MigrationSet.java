package academy.eventstore;

import java.util.List;

/**
 * A module's schema scripts (classpath resources), applied once each, in order, at start-up.
 * Each module keeps its own history, so services add tables without knowing each other.
 */
public record MigrationSet(String module, List<String> scripts) {

    public MigrationSet {
        scripts = List.copyOf(scripts);
    }
}
