package academy.projector.projection.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import academy.projector.daily.domain.DailyActivity;
import academy.projector.leaderboard.domain.Standing;

/** What the read routes answer (JSON as the records' components). */
public final class Views {

    private Views() {
    }

    public record Dashboard(long userId, Streak streak, Xp xp, List<CourseInProgress> coursesInProgress,
                            NextLesson nextLesson, List<ActivityItem> recentActivities) {
    }

    public record Streak(int current, int longest, int freezesAvailable, String timeZone, LocalDate lastDay) {
    }

    public record Xp(long total, int level, long nextLevelAt, long thisWeek, LocalDate weekStart) {
    }

    public record CourseInProgress(UUID courseId, String title, long completedLessons, long totalLessons,
                                   BigDecimal percentComplete, Instant enrolledAt, Instant lastActivityAt) {
    }

    public record NextLesson(UUID courseId, String courseTitle, UUID moduleId, UUID lessonId, String title) {
    }

    public record ActivityItem(Instant occurredAt, String kind, UUID courseId, UUID lessonId, Map<String, Object> details) {
    }

    public record Activities(long userId, List<ActivityItem> items) {
    }

    /** {@code GET /progress/daily}: one entry per UTC day from {@code from} to {@code to}, oldest first. */
    public record DailyActivity(long userId, LocalDate from, LocalDate to, long totalXp, int lessonsCompleted,
                                List<DailyActivityDay> days) {
    }

    public record DailyActivityDay(LocalDate day, long xp, int lessonsCompleted) {
    }

    public record ProgressSummary(long userId, int totalLessons, int completedLessons, BigDecimal averageScore,
                                  long totalTimeSpent, long totalTimeSpentMinutes, Instant lastActivity) {
    }

    /** {@code userId} is the caller's own only (null for everyone else); {@code displayName} is anonymous. */
    public record Standing(Integer rank, Long userId, String displayName, long xp, int level) {
    }

    public record Leaderboard(String period, LocalDate weekStart, String source, List<Standing> entries, Standing me) {
    }
}
