package academy.course.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Bodies of the admin commands (unknown fields are 422 through the shared strict Jackson setup). */
public final class Requests {

    private Requests() {
    }

    public record CreateCourse(String title, String description) {
    }

    public record AddModule(String title) {
    }

    public record AddLesson(String title, String body, List<String> mediaLinks, Integer xp, BigDecimal passScore) {
    }

    /** Every field optional: what is left out stays as it is. */
    public record EditLesson(String title, String body, List<String> mediaLinks, Integer xp, BigDecimal passScore) {
    }

    public record AttachAssessment(UUID assessmentId) {
    }
}
