package academy.learning.infrastructure;

import academy.eventstore.RecordedEvent;
import academy.eventstore.SubscribedHandler;
import academy.learning.domain.LessonCompleted;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Adds every LessonCompleted's xpEarned to its learner's total, once per event id. */
@ApplicationScoped
public class LearnerXpFeed implements SubscribedHandler {

    public static final String SUBSCRIPTION = "learning-xp";
    private static final String TYPE = LessonCompleted.class.getSimpleName();

    private final LearnerXp xp;

    public LearnerXpFeed(LearnerXp xp) {
        this.xp = xp;
    }

    @Override
    public String subscription() {
        return SUBSCRIPTION;
    }

    @Override
    public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (RecordedEvent event : batch) {
            if (TYPE.equals(event.eventType())) {
                LessonCompleted completed = event.dataAs(LessonCompleted.class);
                chain = chain.chain(() -> xp.apply(transaction, event, completed.userId(), completed.xpEarned()));
            }
        }
        return chain;
    }

    @Override
    public List<String> eventTypes() {
        return List.of(TYPE);
    }
}
