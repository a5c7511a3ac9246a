package academy.learning.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * learning-service's own meters. {@code academy_lessons_completed_total} counts LessonCompleted
 * events this replica appended (a replayed command appends nothing, so counts nothing); registered
 * at start-up so it reads 0 rather than missing before the first completion.
 */
@Startup
@ApplicationScoped
public class LearningMetrics {

    private final Counter lessonsCompleted;

    public LearningMetrics(MeterRegistry registry) {
        this.lessonsCompleted = Counter.builder("academy.lessons.completed")
                .description("LessonCompleted events appended").register(registry);
    }

    public void lessonsCompleted(int count) {
        if (count > 0) {
            lessonsCompleted.increment(count);
        }
    }
}
