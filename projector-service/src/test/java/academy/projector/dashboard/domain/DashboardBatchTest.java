package academy.projector.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.projector.dashboard.domain.DashboardBatch.EnrolmentRow;
import academy.projector.dashboard.domain.DashboardBatch.LessonStateRow;
import academy.projector.dashboard.domain.DashboardBatch.StreakRow;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DashboardBatchTest {

    private static final long LEARNER = 42L;
    private static final UUID COURSE = UUID.fromString("6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b");
    private static final UUID OTHER_COURSE = UUID.fromString("7f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b");
    private static final UUID MODULE = UUID.fromString("1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d");
    private static final UUID LESSON = UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
    private static final Instant T1 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aLearnersStreakChangesFoldIntoOneRowWhereTheLastValueOfEachColumnWins() {
        DashboardBatch batch = DashboardBatch.fold(List.of(
                new StreakSet(LEARNER, 3, 5, LocalDate.parse("2026-11-20"), "Europe/Berlin", null),
                new TimeZoneSet(LEARNER, "Asia/Tokyo"),
                new StreakCleared(LEARNER),
                new FreezesSet(LEARNER, 2),
                new FreezesSet(LEARNER, 1)));

        assertThat(batch.streaks()).containsExactly(new StreakRow(LEARNER, "Asia/Tokyo", 0, 5, true,
                LocalDate.parse("2026-11-20"), "Europe/Berlin", 1));
    }

    @Test
    void columnsNoChangeSetStayUntouched() {
        DashboardBatch batch = DashboardBatch.fold(List.of(new FreezesSet(LEARNER, 2), new StreakCleared(LEARNER)));

        assertThat(batch.streaks()).containsExactly(new StreakRow(LEARNER, null, 0, null, false, null, null, 2));
    }

    @Test
    void outlineRowsKeepTheFirstCourseAndTheLastPlacement() {
        DashboardBatch batch = DashboardBatch.fold(List.of(
                new CourseNamed(COURSE, "Old"), new CourseNamed(COURSE, "New"),
                new ModulePlaced(COURSE, MODULE, 1, "M"), new ModulePlaced(OTHER_COURSE, MODULE, 2, "M2"),
                new LessonPlaced(COURSE, MODULE, LESSON, 1, "L"), new LessonPlaced(OTHER_COURSE, MODULE, LESSON, 3, "L3")));

        assertThat(batch.courses()).containsExactly(new CourseNamed(COURSE, "New"));
        assertThat(batch.modules()).containsExactly(new ModulePlaced(COURSE, MODULE, 2, "M2"));
        assertThat(batch.lessons()).containsExactly(new LessonPlaced(COURSE, MODULE, LESSON, 3, "L3"));
    }

    @Test
    void activityBeforeTheBatchsEnrolmentTouchesOnlyAnExistingRowAndActivityAfterItGoesIntoTheUpsert() {
        DashboardBatch batch = DashboardBatch.fold(List.of(
                new LessonDone(LEARNER, COURSE, LESSON, T2),
                new CourseDone(LEARNER, COURSE, T3),
                new EnrolmentStarted(LEARNER, COURSE, T1),
                new LessonDone(LEARNER, COURSE, LESSON, T3),
                new EnrolmentStarted(LEARNER, COURSE, T2)));

        assertThat(batch.enrolmentUpdates()).containsExactly(new EnrolmentRow(LEARNER, COURSE, null, T3, T2));
        assertThat(batch.enrolments()).containsExactly(new EnrolmentRow(LEARNER, COURSE, T1, null, T3));
    }

    @Test
    void withoutAnEnrolmentInTheBatchActivityOnlyUpdates() {
        DashboardBatch batch = DashboardBatch.fold(List.of(new LessonDone(LEARNER, COURSE, LESSON, T2),
                new LessonDone(LEARNER, COURSE, LESSON, T1)));

        assertThat(batch.enrolmentUpdates()).containsExactly(new EnrolmentRow(LEARNER, COURSE, null, null, T2));
        assertThat(batch.enrolments()).isEmpty();
    }

    @Test
    void lessonStatesKeepTheEarliestUnlockAndCompletion() {
        DashboardBatch batch = DashboardBatch.fold(List.of(
                new LessonOpened(LEARNER, COURSE, LESSON, T2), new LessonDone(LEARNER, COURSE, LESSON, T3),
                new LessonOpened(LEARNER, COURSE, LESSON, T1), new LessonDone(LEARNER, COURSE, LESSON, T2)));

        assertThat(batch.lessonStates()).containsExactly(new LessonStateRow(LEARNER, LESSON, COURSE, T1, T2));
    }
}
