package academy.learning.infrastructure;

import academy.eventstore.RecordedEvent;
import academy.eventstore.SubscribedHandler;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Keeps {@code learning_lessons} current from LessonAdded/LessonUpdated. Both carry the lesson's
 * full state, so an upsert of the latest event is enough, and a redelivered batch writes the same rows.
 */
@ApplicationScoped
public class LessonCatalogFeed implements SubscribedHandler {

    public static final String SUBSCRIPTION = "learning-lessons";
    static final List<String> TYPES = List.of("LessonAdded", "LessonUpdated");

    private final LessonCatalog catalog;

    public LessonCatalogFeed(LessonCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String subscription() {
        return SUBSCRIPTION;
    }

    @Override
    public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (RecordedEvent event : batch) {
            if (TYPES.contains(event.eventType())) {
                chain = chain.chain(() -> apply(transaction, event));
            }
        }
        return chain;
    }

    private Uni<Void> apply(SqlConnection transaction, RecordedEvent event) {
        LessonDefinition definition = event.dataAs(LessonDefinition.class);
        if (!definition.complete()) {
            Log.warnf("%s %s lacks lesson fields; skipped", event.eventType(), event.eventId());
            return Uni.createFrom().voidItem();
        }
        return catalog.upsert(transaction, definition.toLesson());
    }

    @Override
    public Uni<Void> afterCommit(List<RecordedEvent> batch) {
        for (RecordedEvent event : batch) {
            if (TYPES.contains(event.eventType())) {
                LessonDefinition definition = event.dataAs(LessonDefinition.class);
                if (definition.lessonId() != null) {
                    catalog.forget(definition.lessonId());
                }
            }
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public List<String> eventTypes() {
        return TYPES;
    }
}
