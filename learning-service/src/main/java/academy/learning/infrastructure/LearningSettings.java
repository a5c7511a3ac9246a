package academy.learning.infrastructure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The settings of learning-service ({@code academy.learning.*}). A default is written once: here,
 * or in application.properties where an environment variable sets it.
 */
@ConfigMapping(prefix = "academy.learning")
public interface LearningSettings {

    /** Rounds of optimistic retries on top of StreamCommands' own (application.properties: LEARNING_CONFLICT_RETRIES). */
    int conflictRetries();

    /** How long a found lesson stays in memory (application.properties: LEARNING_LESSON_CACHE_TTL). */
    Duration lessonCacheTtl();

    /** How many lesson streams' last known states this replica keeps (LessonStates). */
    @WithDefault("20000")
    int streamCacheSize();
}
