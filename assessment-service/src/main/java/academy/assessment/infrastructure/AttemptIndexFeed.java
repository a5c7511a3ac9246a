package academy.assessment.infrastructure;

import academy.assessment.domain.AssesseeEvent;
import academy.assessment.domain.AssessmentGraded;
import academy.assessment.domain.AttemptStarted;
import academy.eventstore.RecordedEvent;
import academy.eventstore.SubscribedHandler;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Keeps {@code assessment_attempts} complete: the command path writes the row right after its
 * append, and this catches any row a stopped process never wrote (and marks graded attempts finished).
 */
@ApplicationScoped
public class AttemptIndexFeed implements SubscribedHandler {

    public static final String SUBSCRIPTION = "assessment-attempts";

    private final AttemptTable attempts;

    public AttemptIndexFeed(AttemptTable attempts) {
        this.attempts = attempts;
    }

    @Override
    public String subscription() {
        return SUBSCRIPTION;
    }

    @Override
    public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (RecordedEvent recorded : batch) {
            AssesseeEvent event = AssessmentStreams.ASSESSEE_EVENTS.decode(recorded);
            if (event instanceof AttemptStarted started) {
                chain = chain.chain(() -> attempts.record(transaction, started));
            } else if (event instanceof AssessmentGraded graded) {
                chain = chain.chain(() -> attempts.finish(transaction, graded.attemptId()));
            }
        }
        return chain;
    }

    @Override
    public List<String> eventTypes() {
        return List.of("AttemptStarted", "AssessmentPassed", "AssessmentFailed");
    }
}
