package academy.learning.application;

import academy.learning.domain.LessonCompleted;
import academy.learning.domain.LessonProgress;

/**
 * What one command did to a lesson stream.
 *
 * @param position global position of the command's last event, or of the stream's last when it appended nothing
 * @param completion the LessonCompleted the command appended (or replayed), else null
 * @param replayed true when an earlier try of the same keyed command had stored the events
 */
record LessonStep(LessonProgress state, long position, LessonCompleted completion, boolean replayed) {
}
