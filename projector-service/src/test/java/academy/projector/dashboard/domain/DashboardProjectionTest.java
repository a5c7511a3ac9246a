package academy.projector.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import academy.projector.projection.domain.Given;

class DashboardProjectionTest {

    private static final long USER = 279058397L;
    private static final UUID COURSE = UUID.fromString("6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b");
    private static final UUID MODULE = UUID.fromString("1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d");
    private static final UUID LESSON = UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");

    @Test
    void streakEventsSetTheStreakAbsolutely() {
        assertThat(DashboardProjection.changes(Given.event("StreakExtended")))
                .containsExactly(new StreakSet(USER, 7, 12, LocalDate.parse("2026-11-27"), "Europe/Berlin", 1));
        assertThat(DashboardProjection.changes(Given.event("StreakReset"))).containsExactly(new StreakCleared(USER));
        assertThat(DashboardProjection.changes(Given.event("StreakFreezeEarned"))).containsExactly(new FreezesSet(USER, 1));
        assertThat(DashboardProjection.changes(Given.event("StreakFreezeUsed"))).containsExactly(new FreezesSet(USER, 0));
    }

    @Test
    void aLateCompletionsExtensionSetsTheStreakAsOfTheLastCountedDayNotItsOwnDay() {
        assertThat(DashboardProjection.changes(Given.event("StreakExtended", "day", "2026-11-25", "timeZone", "Asia/Tokyo",
                "lastActiveDay", "2026-11-27", "lastActiveZone", "Europe/Berlin", "currentStreak", 9, "freezesAvailable", 1)))
                .containsExactly(new StreakSet(USER, 9, 12, LocalDate.parse("2026-11-27"), "Europe/Berlin", 1));
    }

    @Test
    void aProfileUpdateSetsTheTimeZone() {
        assertThat(DashboardProjection.changes(Given.event("ProfileUpdated")))
                .containsExactly(new TimeZoneSet(USER, "Europe/Berlin"));
    }

    @Test
    void theCourseOutlineComesFromAuthoringEvents() {
        assertThat(DashboardProjection.changes(Given.event("CourseCreated")))
                .containsExactly(new CourseNamed(COURSE, "Event Sourcing Basics"));
        assertThat(DashboardProjection.changes(Given.event("ModuleAdded")))
                .containsExactly(new ModulePlaced(COURSE, MODULE, 1, "Events and streams"));
        assertThat(DashboardProjection.changes(Given.event("LessonAdded")))
                .containsExactly(new LessonPlaced(COURSE, MODULE, LESSON, 1, "What is an event?"));
        assertThat(DashboardProjection.changes(Given.event("LessonUpdated", "position", 3, "title", "Facts")))
                .containsExactly(new LessonPlaced(COURSE, MODULE, LESSON, 3, "Facts"));
    }

    @Test
    void enrolmentUnlockingAndCompletionsTrackTheLearnersCourse() {
        assertThat(DashboardProjection.changes(Given.event("Enrolled")))
                .containsExactly(new EnrolmentStarted(USER, COURSE, Instant.parse("2026-11-27T09:10:00Z")));
        assertThat(DashboardProjection.changes(Given.event("LessonUnlocked")))
                .containsExactly(new LessonOpened(USER, COURSE, LESSON, Instant.parse("2026-11-27T09:10:00Z")));
        assertThat(DashboardProjection.changes(Given.event("LessonCompleted")))
                .containsExactly(new LessonDone(USER, COURSE, LESSON, Instant.parse("2026-11-27T09:15:00Z")));
        assertThat(DashboardProjection.changes(Given.event("CourseCompleted")))
                .containsExactly(new CourseDone(USER, COURSE, Instant.parse("2026-11-28T10:00:00Z")));
    }

    @Test
    void aRepeatCompletionIsTheSameAbsoluteChangeAsTheFirst() {
        var first = DashboardProjection.changes(Given.event("LessonCompleted"));
        var repeat = DashboardProjection.changes(Given.event("LessonCompleted", "firstCompletion", false,
                "completedAt", "2026-11-28T09:15:00Z"));

        assertThat(repeat).singleElement().isInstanceOf(LessonDone.class);
        assertThat(((LessonDone) repeat.get(0)).lessonId()).isEqualTo(((LessonDone) first.get(0)).lessonId());
    }

    @Test
    void eventsOfOtherDomainsChangeNothing() {
        assertThat(DashboardProjection.changes(Given.event("LessonProgressRecorded"))).isEmpty();
        assertThat(DashboardProjection.changes(Given.event("AssessmentPassed"))).isEmpty();
        assertThat(DashboardProjection.changes(Given.event("ModuleCompleted"))).isEmpty();
    }
}
