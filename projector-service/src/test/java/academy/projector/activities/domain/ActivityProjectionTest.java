package academy.projector.activities.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import academy.projector.projection.domain.Given;

class ActivityProjectionTest {

    private static final Instant RECORDED = Instant.parse("2026-11-27T09:16:00Z");

    @Test
    void aCompletionIsDatedByItsCompletedAtAndCarriesScoreAndXp() {
        Activity activity = ActivityProjection.activity(Given.event("LessonCompleted"), RECORDED).orElseThrow();

        assertThat(activity.kind()).isEqualTo("lesson_completed");
        assertThat(activity.userId()).isEqualTo(279058397L);
        assertThat(activity.occurredAt()).isEqualTo(Instant.parse("2026-11-27T09:15:00Z"));
        assertThat(activity.details()).containsEntry("xpEarned", 50).containsEntry("firstCompletion", true);
    }

    @Test
    void enrolmentsCompletionsAssessmentsAndStreaksAreActivities() {
        assertThat(kind("Enrolled")).isEqualTo("course_enrolled");
        assertThat(kind("LessonStarted")).isEqualTo("lesson_started");
        assertThat(kind("ModuleCompleted")).isEqualTo("module_completed");
        assertThat(kind("CourseCompleted")).isEqualTo("course_completed");
        assertThat(kind("AssessmentPassed")).isEqualTo("assessment_passed");
        assertThat(kind("AssessmentFailed")).isEqualTo("assessment_failed");
        assertThat(kind("StreakExtended")).isEqualTo("streak_extended");
        assertThat(kind("StreakFreezeEarned")).isEqualTo("streak_freeze_earned");
        assertThat(kind("StreakFreezeUsed")).isEqualTo("streak_freeze_used");
        assertThat(kind("StreakReset")).isEqualTo("streak_reset");
    }

    @Test
    void streakEventsAreDatedByTheirRecordingSinceTheyCarryOnlyADay() {
        Activity streak = ActivityProjection.activity(Given.event("StreakExtended"), RECORDED).orElseThrow();

        assertThat(streak.occurredAt()).isEqualTo(RECORDED);
        assertThat(streak.details()).containsEntry("day", "2026-11-27").containsEntry("currentStreak", 7);
    }

    @Test
    void sittingsCourseAuthoringAndProfilesAreNotActivities() {
        assertThat(ActivityProjection.activity(Given.event("LessonProgressRecorded"), RECORDED)).isEmpty();
        assertThat(ActivityProjection.activity(Given.event("LessonAdded"), RECORDED)).isEmpty();
        assertThat(ActivityProjection.activity(Given.event("ProfileUpdated"), RECORDED)).isEmpty();
    }

    private static String kind(String type) {
        return ActivityProjection.activity(Given.event(type), RECORDED).orElseThrow().kind();
    }
}
