package academy.course.domain;

/** How a module or lesson looks to one learner. */
public enum Access {
    LOCKED, UNLOCKED, COMPLETED;

    public static Access ofLesson(Lesson lesson, Enrollment enrollment, LearnerProgress progress) {
        if (!enrollment.lessonUnlocked(lesson.lessonId())) {
            return LOCKED;
        }
        return progress.completed(lesson.lessonId()) ? COMPLETED : UNLOCKED;
    }

    public static Access ofModule(CourseModule module, Enrollment enrollment) {
        if (enrollment.moduleCompleted(module.moduleId())) {
            return COMPLETED;
        }
        return enrollment.moduleUnlocked(module.moduleId()) ? UNLOCKED : LOCKED;
    }

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
