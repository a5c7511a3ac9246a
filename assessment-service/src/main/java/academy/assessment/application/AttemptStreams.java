package academy.assessment.application;

import academy.assessment.domain.AssesseeState;
import academy.assessment.domain.AttemptStarted;
import academy.assessment.domain.AttemptState;
import academy.assessment.infrastructure.AssessmentStreams;
import academy.assessment.infrastructure.AttemptTable;
import academy.eventstore.EventStore;
import academy.eventstore.StreamFold;
import academy.refusal.RefusedException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Folds of the assessee and attempt streams, and loading an attempt by its id. */
@ApplicationScoped
public class AttemptStreams {

    static final StreamFold<AssesseeState> ASSESSEE = AssessmentStreams.ASSESSEE_EVENTS.fold(AssesseeState.initial(),
            AssesseeState::with);

    private final EventStore store;
    private final AttemptTable attempts;
    private final AssessmentCatalog catalog;

    public AttemptStreams(EventStore store, AttemptTable attempts, AssessmentCatalog catalog) {
        this.store = store;
        this.attempts = attempts;
        this.catalog = catalog;
    }

    static StreamFold<AttemptState> attemptFold(LoadedAttempt attempt) {
        return AssessmentStreams.ATTEMPT_EVENTS.fold(AttemptState.initial(attempt.assessment(), attempt.started()),
                AttemptState::with);
    }

    public Uni<AssesseeState> assessee(long userId, UUID assessmentId) {
        return store.readStream(AssessmentStreams.assessee(userId, assessmentId)).map(ASSESSEE::fold);
    }

    public Uni<AttemptState> attemptState(LoadedAttempt attempt) {
        return store.readStream(AssessmentStreams.attempt(attempt.started().attemptId()))
                .map(attemptFold(attempt)::fold);
    }

    /** The attempt with its start and assessment; 404 when there is no such attempt. */
    public Uni<LoadedAttempt> load(UUID attemptId) {
        return attempts.find(attemptId).chain(row -> {
            if (row == null) {
                return Uni.createFrom().failure(RefusedException.notFound("no attempt " + attemptId));
            }
            return catalog.find(row.assessmentId()).chain(assessment -> assessee(row.userId(), row.assessmentId())
                    .map(state -> {
                        AttemptStarted started = state.attempt(attemptId)
                                .orElseThrow(() -> RefusedException.notFound("no attempt " + attemptId));
                        return new LoadedAttempt(assessment, started);
                    }));
        });
    }
}
