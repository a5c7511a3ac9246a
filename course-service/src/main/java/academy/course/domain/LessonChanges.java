package academy.course.domain;

import java.math.BigDecimal;
import java.util.List;

/** A partial edit of a lesson: null leaves a value as it is. */
public record LessonChanges(String title, String body, List<String> mediaLinks, Integer xp, BigDecimal passScore) {
}
