package academy.course.infrastructure;

import academy.course.domain.Course;
import academy.course.domain.CourseEvent;
import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.eventstore.SubscribedHandler;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Subscription "course-catalogue": the catalogue rows (each touched course re-folded from its own
 * stream, so values are absolute) and the table of known assessments (AssessmentDefined).
 */
@ApplicationScoped
public class CatalogueFeed implements SubscribedHandler {

    public static final String SUBSCRIPTION = "course-catalogue";
    private static final String ASSESSMENT_DEFINED = "AssessmentDefined";

    private final EventStore store;
    private final CatalogueTable catalogue;
    private final KnownAssessments assessments;

    public CatalogueFeed(EventStore store, CatalogueTable catalogue, KnownAssessments assessments) {
        this.store = store;
        this.catalogue = catalogue;
        this.assessments = assessments;
    }

    @Override
    public String subscription() {
        return SUBSCRIPTION;
    }

    @Override
    public List<String> eventTypes() {
        List<String> types = new ArrayList<>(CourseStreams.COURSE_EVENTS.typeNames());
        types.add(ASSESSMENT_DEFINED);
        return types;
    }

    @Override
    public Uni<Void> handle(SqlConnection tx, List<RecordedEvent> batch) {
        Set<UUID> courses = new LinkedHashSet<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (RecordedEvent event : batch) {
            if (ASSESSMENT_DEFINED.equals(event.eventType())) {
                chain = chain.chain(() -> defined(tx, event));
            } else {
                CourseEvent known = CourseStreams.COURSE_EVENTS.decode(event);
                if (known != null) {
                    courses.add(known.courseId());
                }
            }
        }
        for (UUID courseId : courses) {
            chain = chain.chain(() -> refresh(tx, courseId));
        }
        return chain;
    }

    private Uni<Void> defined(SqlConnection tx, RecordedEvent event) {
        String id = event.data().getString("assessmentId");
        if (id == null) {
            Log.warnf("AssessmentDefined %s has no assessmentId; skipped", event.eventId());
            return Uni.createFrom().voidItem();
        }
        String definedAt = event.data().getString("definedAt");
        return assessments.record(tx, UUID.fromString(id), definedAt == null ? null : Instant.parse(definedAt));
    }

    private Uni<Void> refresh(SqlConnection tx, UUID courseId) {
        return store.readStream(tx, CourseStreams.course(courseId)).chain(history -> {
            Course course = CourseStreams.COURSE.fold(history);
            if (!course.exists()) {
                return Uni.createFrom().voidItem();
            }
            return catalogue.upsert(tx, course, history.get(history.size() - 1).globalPosition());
        });
    }
}
