package academy.learning.domain;

import academy.refusal.RefusedException;
import java.util.ArrayList;
import java.util.List;

/** The rules of a learner's lesson: {@code decide} what happens, {@code evolve} the state from it. */
public final class LessonDecider {

    /** The learner has no LessonUnlocked for this lesson yet: no start, no progress. */
    public static final String LOCKED = "this lesson is locked for you; complete the lessons before it first";

    private LessonDecider() {
    }

    public static List<LessonEvent> decide(LessonCommand command, LessonProgress state) {
        Lesson lesson = command.lesson();
        // An existing stream proves the lesson was open once, and unlocking never goes backwards.
        if (!command.unlocked() && !state.hasHistory()) {
            throw RefusedException.forbidden(LOCKED);
        }
        if (command instanceof LessonCommand.StartLesson start) {
            return state.started() ? List.of()
                    : List.of(new LessonStarted(start.userId(), lesson.lessonId(), lesson.courseId(), start.now()));
        }
        if (command instanceof LessonCommand.RecordProgress progress) {
            return recordProgress(progress, state);
        }
        throw new IllegalArgumentException("unknown command " + command.getClass().getSimpleName());
    }

    private static List<LessonEvent> recordProgress(LessonCommand.RecordProgress command, LessonProgress state) {
        Lesson lesson = command.lesson();
        Sitting sitting = command.sitting();
        List<LessonEvent> events = new ArrayList<>(2);
        events.add(new LessonProgressRecorded(command.userId(), lesson.lessonId(), lesson.courseId(), sitting.score(),
                Scores.best(state.bestScore(), sitting.score()), sitting.timeSpentSeconds(), command.now()));
        if (lesson.isPassedBy(sitting.score())) {
            events.add(new LessonCompleted(command.userId(), lesson.lessonId(), lesson.courseId(), sitting.score(),
                    lesson.passScore(), sitting.timeSpentSeconds(), XpRule.xpFor(lesson, state, command.now()),
                    !state.completed(), command.now()));
        }
        return List.copyOf(events);
    }

    public static LessonProgress evolve(LessonProgress state, LessonEvent event) {
        if (event instanceof LessonStarted started) {
            return state.started() ? state
                    : state.withStart(started.lessonId(), started.courseId(), started.startedAt());
        }
        if (event instanceof LessonProgressRecorded recorded) {
            return state.withSitting(recorded.lessonId(), recorded.courseId(), recorded.score(),
                    recorded.bestScore(), recorded.timeSpentSeconds());
        }
        if (event instanceof LessonCompleted completed) {
            return state.withCompletion(completed.lessonId(), completed.courseId(), completed);
        }
        return state;
    }

    public static LessonProgress fold(List<? extends LessonEvent> events) {
        LessonProgress state = LessonProgress.initial();
        for (LessonEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
