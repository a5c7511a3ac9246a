package academy.projector.dashboard.domain;

import academy.projector.dashboard.domain.DashboardChange.CourseDone;
import academy.projector.dashboard.domain.DashboardChange.CourseNamed;
import academy.projector.dashboard.domain.DashboardChange.EnrolmentStarted;
import academy.projector.dashboard.domain.DashboardChange.FreezesSet;
import academy.projector.dashboard.domain.DashboardChange.LessonDone;
import academy.projector.dashboard.domain.DashboardChange.LessonOpened;
import academy.projector.dashboard.domain.DashboardChange.LessonPlaced;
import academy.projector.dashboard.domain.DashboardChange.ModulePlaced;
import academy.projector.dashboard.domain.DashboardChange.StreakCleared;
import academy.projector.dashboard.domain.DashboardChange.StreakSet;
import academy.projector.dashboard.domain.DashboardChange.TimeZoneSet;
import academy.projector.projection.domain.FeedEvent.CourseCompleted;
import academy.projector.projection.domain.FeedEvent.CourseCreated;
import academy.projector.projection.domain.FeedEvent.Enrolled;
import academy.projector.projection.domain.FeedEvent.LessonAdded;
import academy.projector.projection.domain.FeedEvent.LessonCompleted;
import academy.projector.projection.domain.FeedEvent.LessonUnlocked;
import academy.projector.projection.domain.FeedEvent.LessonUpdated;
import academy.projector.projection.domain.FeedEvent.ModuleAdded;
import academy.projector.projection.domain.FeedEvent.ProfileUpdated;
import academy.projector.projection.domain.FeedEvent.StreakExtended;
import academy.projector.projection.domain.FeedEvent.StreakFreezeEarned;
import academy.projector.projection.domain.FeedEvent.StreakFreezeUsed;
import academy.projector.projection.domain.FeedEvent.StreakReset;
import java.time.LocalDate;
import java.util.List;
import academy.projector.projection.domain.FeedEvent;

/**
 * The dashboard model: streak and time zone per learner, each course's outline (to count its
 * lessons and order them), enrolments, and which lessons each learner has open and completed.
 * A lesson counts as completed once, whatever the number of repeat completions.
 */
public final class DashboardProjection {

    public static final List<String> EVENT_TYPES = List.of("ProfileUpdated", "StreakExtended", "StreakFreezeEarned",
            "StreakFreezeUsed", "StreakReset", "CourseCreated", "ModuleAdded", "LessonAdded", "LessonUpdated",
            "Enrolled", "LessonUnlocked", "LessonCompleted", "CourseCompleted");

    private DashboardProjection() {
    }

    public static List<DashboardChange> changes(FeedEvent event) {
        if (event instanceof ProfileUpdated e) {
            return e.timeZone() == null ? List.of() : List.of(new TimeZoneSet(e.userId(), e.timeZone()));
        }
        if (event instanceof StreakExtended e) {
            // The streak as of its last counted day: day itself unless this completion arrived late.
            LocalDate lastDay = e.lastActiveDay() == null ? e.day() : e.lastActiveDay();
            String lastZone = e.lastActiveDay() == null ? e.timeZone() : e.lastActiveZone();
            return List.of(new StreakSet(e.userId(), e.currentStreak(), e.longestStreak(), lastDay, lastZone,
                    e.freezesAvailable()));
        }
        if (event instanceof StreakFreezeEarned e) {
            return List.of(new FreezesSet(e.userId(), e.freezesAvailable()));
        }
        if (event instanceof StreakFreezeUsed e) {
            return List.of(new FreezesSet(e.userId(), e.freezesAvailable()));
        }
        if (event instanceof StreakReset e) {
            return List.of(new StreakCleared(e.userId()));
        }
        return courseChanges(event);
    }

    private static List<DashboardChange> courseChanges(FeedEvent event) {
        if (event instanceof CourseCreated e) {
            return List.of(new CourseNamed(e.courseId(), e.title()));
        }
        if (event instanceof ModuleAdded e) {
            return List.of(new ModulePlaced(e.courseId(), e.moduleId(), e.position(), e.title()));
        }
        if (event instanceof LessonAdded e) {
            return List.of(new LessonPlaced(e.courseId(), e.moduleId(), e.lessonId(), e.position(), e.title()));
        }
        if (event instanceof LessonUpdated e) {
            return List.of(new LessonPlaced(e.courseId(), e.moduleId(), e.lessonId(), e.position(), e.title()));
        }
        if (event instanceof Enrolled e) {
            return List.of(new EnrolmentStarted(e.userId(), e.courseId(), e.enrolledAt()));
        }
        if (event instanceof LessonUnlocked e) {
            return List.of(new LessonOpened(e.userId(), e.courseId(), e.lessonId(), e.unlockedAt()));
        }
        if (event instanceof LessonCompleted e) {
            return List.of(new LessonDone(e.userId(), e.courseId(), e.lessonId(), e.completedAt()));
        }
        if (event instanceof CourseCompleted e) {
            return List.of(new CourseDone(e.userId(), e.courseId(), e.completedAt()));
        }
        return List.of();
    }
}
