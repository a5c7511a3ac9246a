package academy.assessment.application;

import academy.assessment.domain.AssessmentDecider;
import academy.assessment.domain.AssessmentDefined;
import academy.assessment.domain.AssessmentDraft;
import academy.assessment.domain.DefineAssessment;
import academy.assessment.infrastructure.AssessmentStreams;
import academy.edge.time.AcademyClock;
import academy.eventstore.CommandResult;
import academy.eventstore.EventStore;
import academy.eventstore.StreamCommands;
import academy.eventstore.StreamFold;
import academy.eventstore.command.CommandOrigin;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Defines assessments and reads them back; a definition never changes, so it is cached once read. */
@ApplicationScoped
public class AssessmentCatalog {

    static final StreamFold<AssessmentDefined> FOLD = AssessmentStreams.ASSESSMENT_EVENTS.fold(null,
            AssessmentDecider::evolve);

    private final StreamCommands commands;
    private final EventStore store;
    private final AcademyClock clock;
    private final Map<UUID, AssessmentDefined> cache = new ConcurrentHashMap<>();

    public AssessmentCatalog(StreamCommands commands, EventStore store, AcademyClock clock) {
        this.commands = commands;
        this.store = store;
        this.clock = clock;
    }

    public Uni<CommandResult<AssessmentDefined>> define(AssessmentDraft draft, CommandOrigin origin) {
        UUID assessmentId = origin.derivedId("assessment");
        AssessmentDraft completed = draft.completed(UUID::randomUUID);
        String stream = AssessmentStreams.assessment(assessmentId);
        return commands.run(origin, stream, AssessmentStreams.ASSESSMENT_EVENTS, FOLD, current -> AssessmentDecider.decide(
                        new DefineAssessment(assessmentId, completed, origin.callerId(), clock.now()), current))
                .invoke(done -> cache.put(assessmentId, done.state()));
    }

    /** The definition, or null when there is none. */
    public Uni<AssessmentDefined> find(UUID assessmentId) {
        AssessmentDefined cached = cache.get(assessmentId);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return store.readStream(AssessmentStreams.assessment(assessmentId)).map(events -> {
            AssessmentDefined defined = FOLD.fold(events);
            if (defined != null) {
                cache.put(assessmentId, defined);
            }
            return defined;
        });
    }
}
