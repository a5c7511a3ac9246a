package academy.assessment.application;

import academy.assessment.domain.AssessmentDecider;
import academy.assessment.domain.AssessmentDefined;
import academy.assessment.domain.AssessmentDraft;
import academy.assessment.domain.AssessmentEvent;
import academy.assessment.domain.DefineAssessment;
import academy.assessment.infrastructure.AssessmentEventMapping;
import academy.assessment.infrastructure.AssessmentStreams;
import academy.edge.time.AcademyClock;
import academy.eventstore.CommandResult;
import academy.eventstore.EventStore;
import academy.eventstore.NewEvent;
import academy.eventstore.StreamCommands;
import academy.eventstore.StreamFold;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Defines assessments and reads them back; a definition never changes, so it is cached once read. */
@ApplicationScoped
public class AssessmentCatalog {

    static final StreamFold<AssessmentDefined> FOLD = new StreamFold<>(null,
            (state, event) -> {
                AssessmentDefined defined = AssessmentEventMapping.definition(event);
                return defined == null ? state : AssessmentDecider.evolve(state, defined);
            });

    private final StreamCommands commands;
    private final EventStore store;
    private final AcademyClock clock;
    private final Map<UUID, AssessmentDefined> cache = new ConcurrentHashMap<>();

    public AssessmentCatalog(StreamCommands commands, EventStore store, AcademyClock clock) {
        this.commands = commands;
        this.store = store;
        this.clock = clock;
    }

    public Uni<CommandResult<AssessmentDefined>> define(AssessmentDraft draft, CommandContext context) {
        UUID assessmentId = context.derivedId("assessment");
        AssessmentDraft completed = draft.completed(UUID::randomUUID);
        String stream = AssessmentStreams.assessment(assessmentId);
        Function<AssessmentDefined, List<NewEvent>> decide = current -> {
            List<AssessmentEvent> events = AssessmentDecider.decide(
                    new DefineAssessment(assessmentId, completed, context.userId(), clock.now()), current);
            List<NewEvent> stored = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                stored.add(AssessmentEventMapping.toNew(context.eventId(i), events.get(i), context.metadata()));
            }
            return stored;
        };
        Uni<CommandResult<AssessmentDefined>> result = context.idempotent()
                ? commands.executeOnce(context.eventId(0), context.requestHash(), stream, FOLD, decide)
                : commands.execute(stream, FOLD, decide);
        return result.invoke(done -> cache.put(assessmentId, done.state()));
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
