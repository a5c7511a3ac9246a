package academy.course.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A module: ordered lessons and optionally a final assessment (null when none). */
public record CourseModule(UUID moduleId, String title, int position, List<Lesson> lessons, UUID assessmentId) {

    public CourseModule {
        lessons = List.copyOf(lessons);
    }

    public Optional<Lesson> lesson(UUID lessonId) {
        return lessons.stream().filter(l -> l.lessonId().equals(lessonId)).findFirst();
    }

    CourseModule withLesson(Lesson lesson) {
        List<Lesson> next = new ArrayList<>(lessons);
        int index = indexOf(lesson.lessonId());
        if (index < 0) {
            next.add(lesson);
        } else {
            next.set(index, lesson);
        }
        return new CourseModule(moduleId, title, position, next, assessmentId);
    }

    CourseModule withAssessment(UUID assessment) {
        return new CourseModule(moduleId, title, position, lessons, assessment);
    }

    private int indexOf(UUID lessonId) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).lessonId().equals(lessonId)) {
                return i;
            }
        }
        return -1;
    }
}
