package academy.assessment.application;

import academy.assessment.domain.AssesseeEvent;
import academy.assessment.domain.AssesseeState;
import academy.assessment.domain.AttemptEvent;
import academy.assessment.domain.AttemptStarted;
import academy.assessment.domain.AttemptState;
import academy.assessment.infrastructure.AssessmentEventMapping;
import academy.assessment.infrastructure.AssessmentStreams;
import academy.assessment.infrastructure.AttemptTable;
import academy.edge.problem.ProblemException;
import academy.eventstore.EventMetadata;
import academy.eventstore.EventStore;
import academy.eventstore.NewEvent;
import academy.eventstore.StreamFold;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

/** Folds of the assessee and attempt streams, and loading an attempt by its id. */
@ApplicationScoped
public class AttemptStreams {

    static final StreamFold<AssesseeState> ASSESSEE = new StreamFold<>(AssesseeState.initial(), (state, recorded) -> {
        AssesseeEvent event = AssessmentEventMapping.assesseeEvent(recorded);
        return event == null ? state : state.with(event);
    });

    private final EventStore store;
    private final AttemptTable attempts;
    private final AssessmentCatalog catalog;

    public AttemptStreams(EventStore store, AttemptTable attempts, AssessmentCatalog catalog) {
        this.store = store;
        this.attempts = attempts;
        this.catalog = catalog;
    }

    static StreamFold<AttemptState> attemptFold(LoadedAttempt attempt) {
        return new StreamFold<>(AttemptState.initial(attempt.assessment(), attempt.started()), (state, recorded) -> {
            AttemptEvent event = AssessmentEventMapping.attemptEvent(recorded);
            return event == null ? state : state.with(event);
        });
    }

    static List<NewEvent> toNew(List<?> events, IntFunction<UUID> ids, EventMetadata metadata) {
        List<NewEvent> stored = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            stored.add(AssessmentEventMapping.toNew(ids.apply(i), events.get(i), metadata));
        }
        return stored;
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
                return Uni.createFrom().failure(ProblemException.notFound("no attempt " + attemptId));
            }
            return catalog.find(row.assessmentId()).chain(assessment -> assessee(row.userId(), row.assessmentId())
                    .map(state -> {
                        AttemptStarted started = state.attempt(attemptId)
                                .orElseThrow(() -> ProblemException.notFound("no attempt " + attemptId));
                        return new LoadedAttempt(assessment, started);
                    }));
        });
    }
}
