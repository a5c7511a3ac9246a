package academy.course.infrastructure;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * The rewalk job's settings ({@code academy.course.rewalk.*}). Every default is in
 * application.properties, next to the environment variable that sets it (COURSE_REWALK_*).
 */
@ConfigMapping(prefix = "academy.course.rewalk")
public interface RewalkSettings {

    /** Learners rewalked per page. */
    int page();

    /** How often the job runs (read by its schedule). */
    Duration every();
}
