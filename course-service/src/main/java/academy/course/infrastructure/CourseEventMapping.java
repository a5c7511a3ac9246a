package academy.course.infrastructure;

import academy.course.domain.Course;
import academy.course.domain.CourseEvent;
import academy.course.domain.Enrollment;
import academy.course.domain.EnrollmentEvent;
import academy.course.domain.LearnerEvent;
import academy.eventstore.RecordedEvent;
import academy.eventstore.StreamFold;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Stored events to domain records by event type (the record's simple name); unknown types are skipped. */
public final class CourseEventMapping {

    private static final Map<String, Class<?>> TYPES = Stream.of(
                    CourseEvent.class.getPermittedSubclasses(),
                    EnrollmentEvent.class.getPermittedSubclasses(),
                    LearnerEvent.class.getPermittedSubclasses())
            .flatMap(Stream::of)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    public static final StreamFold<Course> COURSE = new StreamFold<>(Course.NONE,
            (course, event) -> as(event, CourseEvent.class).map(course::evolve).orElse(course));

    public static final StreamFold<Enrollment> ENROLLMENT = new StreamFold<>(Enrollment.NONE,
            (enrollment, event) -> as(event, EnrollmentEvent.class).map(enrollment::evolve).orElse(enrollment));

    private CourseEventMapping() {
    }

    public static <T> Optional<T> as(RecordedEvent event, Class<T> family) {
        Class<?> type = TYPES.get(event.eventType());
        if (type == null || !family.isAssignableFrom(type)) {
            return Optional.empty();
        }
        return Optional.of(family.cast(event.dataAs(type)));
    }

    public static List<String> typesOf(Class<?> family) {
        return Stream.of(family.getPermittedSubclasses()).map(Class::getSimpleName).toList();
    }
}
