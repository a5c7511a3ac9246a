package academy.assessment.application;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * The auto-submit job's settings ({@code academy.assessment.auto-submit.*}). Every default is in
 * application.properties, next to the environment variable that sets it (ASSESSMENT_AUTO_SUBMIT_*).
 */
@ConfigMapping(prefix = "academy.assessment.auto-submit")
public interface AutoSubmitSettings {

    /** How often the job runs (read by its schedule). */
    Duration every();

    /** Overdue attempts submitted per run. */
    int batch();

    /** Failed submissions of one attempt before it is parked. */
    int parkAfter();

    /** How long a run waits for a submission to settle. */
    Duration settleTimeout();
}
