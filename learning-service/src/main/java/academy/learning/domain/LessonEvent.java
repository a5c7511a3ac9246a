package academy.learning.domain;

/** Events of the stream {@code lesson-{userId}-{lessonId}} (docs/events.md). */
public sealed interface LessonEvent permits LessonStarted, LessonProgressRecorded, LessonCompleted {
}
