package academy.projector.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What one event changes in the dashboard model. Every change is absolute, so applying it twice changes nothing. */
public sealed interface DashboardChange {

    record TimeZoneSet(long userId, String timeZone) implements DashboardChange {
    }

    /** The streak as of its last counted day, as user-service's walk computed it; null freezes: not carried. */
    record StreakSet(long userId, int currentStreak, int longestStreak, LocalDate lastDay, String lastDayZone,
                     Integer freezesAvailable) implements DashboardChange {
    }

    record StreakCleared(long userId) implements DashboardChange {
    }

    record FreezesSet(long userId, int freezesAvailable) implements DashboardChange {
    }

    record CourseNamed(UUID courseId, String title) implements DashboardChange {
    }

    record ModulePlaced(UUID courseId, UUID moduleId, int position, String title) implements DashboardChange {
    }

    record LessonPlaced(UUID courseId, UUID moduleId, UUID lessonId, int position, String title)
            implements DashboardChange {
    }

    record EnrolmentStarted(long userId, UUID courseId, Instant at) implements DashboardChange {
    }

    record LessonOpened(long userId, UUID courseId, UUID lessonId, Instant at) implements DashboardChange {
    }

    record LessonDone(long userId, UUID courseId, UUID lessonId, Instant at) implements DashboardChange {
    }

    record CourseDone(long userId, UUID courseId, Instant at) implements DashboardChange {
    }
}
