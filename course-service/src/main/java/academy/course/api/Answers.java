package academy.course.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Response bodies. Command answers carry {@code position}, the global position of their last
 * event, for {@code ?after=}; an item's order inside its parent is {@code modulePosition} /
 * {@code lessonPosition} there, and {@code position} in the structure reads.
 */
public final class Answers {

    private Answers() {
    }

    public record CourseCreated(UUID courseId, long position) {
    }

    public record ModuleAdded(UUID courseId, UUID moduleId, int modulePosition, long position) {
    }

    public record LessonSaved(UUID courseId, UUID moduleId, UUID lessonId, String title, String body,
                              List<String> mediaLinks, int xp, BigDecimal passScore, int lessonPosition,
                              long position) {
    }

    public record AssessmentAttached(UUID courseId, UUID moduleId, UUID assessmentId, long position) {
    }

    public record Publication(UUID courseId, boolean published, long position) {
    }

    public record Enrollment(UUID courseId, long userId, boolean enrolled, long position) {
    }

    public record Catalogue(List<CatalogueCourse> courses) {
    }

    public record CatalogueCourse(UUID courseId, String title, String description, int moduleCount,
                                  int lessonCount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CourseDetail(UUID courseId, String title, String description, boolean published,
                               int moduleCount, int lessonCount, Boolean enrolled, Boolean completed,
                               List<ModuleDetail> modules) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ModuleDetail(UUID moduleId, String title, int position, UUID assessmentId, String state,
                               List<LessonSummary> lessons) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LessonSummary(UUID lessonId, String title, int position, int xp, BigDecimal passScore,
                                String state) {
    }

    /** {@code body} is the authored markdown; {@code html} the same rendered safe to display (LessonHtml). */
    public record LessonContent(UUID courseId, UUID moduleId, UUID lessonId, String title, String body, String html,
                                List<String> mediaLinks, int xp, BigDecimal passScore, int position,
                                String state) {
    }
}
