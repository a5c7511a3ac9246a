package academy.course.domain;

import java.math.BigDecimal;
import java.util.List;

/** The authored part of a lesson. */
public record LessonContent(String title, String body, List<String> mediaLinks, int xp, BigDecimal passScore) {

    public LessonContent {
        body = body == null ? "" : body;
        mediaLinks = mediaLinks == null ? List.of() : List.copyOf(mediaLinks);
    }

    public LessonContent apply(LessonChanges changes) {
        return new LessonContent(
                changes.title() != null ? changes.title() : title,
                changes.body() != null ? changes.body() : body,
                changes.mediaLinks() != null ? changes.mediaLinks() : mediaLinks,
                changes.xp() != null ? changes.xp() : xp,
                changes.passScore() != null ? changes.passScore() : passScore);
    }
}
