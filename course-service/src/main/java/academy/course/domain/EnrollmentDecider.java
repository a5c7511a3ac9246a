package academy.course.domain;

import academy.course.domain.EnrollmentCommand.ApplyProgress;
import academy.course.domain.EnrollmentCommand.Enroll;
import academy.course.domain.EnrollmentEvent.CourseCompleted;
import academy.course.domain.EnrollmentEvent.Enrolled;
import academy.course.domain.EnrollmentEvent.LessonUnlocked;
import academy.course.domain.EnrollmentEvent.ModuleCompleted;
import academy.course.domain.EnrollmentEvent.ModuleUnlocked;
import academy.refusal.RefusedException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sequential unlocking rule. Every decision re-walks the whole course from the first module against
 * everything the learner has completed so far, and appends only what is not open yet: so the order in which
 * completions arrive, repeats and redeliveries cannot change the outcome, and nothing is ever closed again.
 */
public final class EnrollmentDecider {

    private EnrollmentDecider() {
    }

    public static List<EnrollmentEvent> decide(EnrollmentCommand command, Enrollment enrollment) {
        if (command instanceof Enroll c) {
            if (enrollment.enrolled()) {
                return List.of();
            }
            if (!c.course().exists() || !c.course().published()) {
                throw RefusedException.notFound("course not found");
            }
            Enrolled enrolled = new Enrolled(c.userId(), c.course().courseId(), c.at());
            List<EnrollmentEvent> events = new ArrayList<>(List.of(enrolled));
            events.addAll(unlocks(c, enrollment.evolve(enrolled), EnrollmentEvent.REASON_ENROLMENT));
            return events;
        }
        if (command instanceof ApplyProgress c) {
            return enrollment.enrolled() ? unlocks(c, enrollment, EnrollmentEvent.REASON_MODULE_UNLOCKED) : List.of();
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static List<EnrollmentEvent> unlocks(EnrollmentCommand c, Enrollment start, String firstLessonReason) {
        Walk walk = new Walk(c, start);
        boolean previousCompleted = true;
        boolean firstModule = true;
        for (CourseModule module : c.course().modules()) {
            if (!walk.state.moduleUnlocked(module.moduleId())) {
                if (!previousCompleted) {
                    break;
                }
                walk.append(new ModuleUnlocked(c.userId(), courseId(c), module.moduleId(), c.at()));
            }
            walk.openLessons(module, firstModule ? firstLessonReason : EnrollmentEvent.REASON_MODULE_UNLOCKED);
            if (!walk.state.moduleCompleted(module.moduleId()) && isDone(module, c.progress())) {
                walk.append(new ModuleCompleted(c.userId(), courseId(c), module.moduleId(), c.at()));
            }
            previousCompleted = walk.state.moduleCompleted(module.moduleId());
            firstModule = false;
        }
        boolean allDone = !c.course().modules().isEmpty()
                && c.course().modules().stream().allMatch(m -> walk.state.moduleCompleted(m.moduleId()));
        if (allDone && !walk.state.courseCompleted()) {
            walk.append(new CourseCompleted(c.userId(), courseId(c), c.at()));
        }
        return walk.events;
    }

    /** Lessons all completed and the assessment (if any) passed; a module with nothing in it is never done. */
    static boolean isDone(CourseModule module, LearnerProgress progress) {
        if (module.lessons().isEmpty() && module.assessmentId() == null) {
            return false;
        }
        boolean lessonsDone = module.lessons().stream().allMatch(l -> progress.completed(l.lessonId()));
        return lessonsDone && (module.assessmentId() == null || progress.passed(module.assessmentId()));
    }

    private static java.util.UUID courseId(EnrollmentCommand c) {
        return c.course().courseId();
    }

    private static final class Walk {
        private final EnrollmentCommand command;
        private final List<EnrollmentEvent> events = new ArrayList<>();
        private Enrollment state;

        Walk(EnrollmentCommand command, Enrollment state) {
            this.command = command;
            this.state = state;
        }

        void append(EnrollmentEvent event) {
            events.add(event);
            state = state.evolve(event);
        }

        /** Opens every lesson up to and including the first one not completed yet. */
        void openLessons(CourseModule module, String firstLessonReason) {
            List<Lesson> lessons = module.lessons();
            for (int i = 0; i < lessons.size(); i++) {
                Lesson lesson = lessons.get(i);
                if (!state.lessonUnlocked(lesson.lessonId())) {
                    String reason = i == 0 ? firstLessonReason : EnrollmentEvent.REASON_PREVIOUS_LESSON;
                    append(new LessonUnlocked(command.userId(), command.course().courseId(), module.moduleId(),
                            lesson.lessonId(), reason, command.at()));
                }
                if (!command.progress().completed(lesson.lessonId())) {
                    return;
                }
            }
        }
    }
}
