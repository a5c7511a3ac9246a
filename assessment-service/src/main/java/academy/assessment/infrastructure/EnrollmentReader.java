package academy.assessment.infrastructure;

import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Whether a module is open for a learner, folded from their enrolment stream (course-service's):
 * read at the moment of the check, so an unlock is seen as soon as it is stored. Unlocking is monotonic.
 */
@ApplicationScoped
public class EnrollmentReader {

    private final EventStore store;

    public EnrollmentReader(EventStore store) {
        this.store = store;
    }

    /**
     * True when the learner has any of the assessment's modules open. A gate fails closed: an
     * assessment no module is known to gate (not attached yet, replaced on its module, or its
     * subscription behind) is locked.
     */
    public Uni<Boolean> anyModuleOpen(long userId, List<ModuleGate> gates) {
        if (gates.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        Uni<Boolean> open = Uni.createFrom().item(false);
        for (ModuleGate gate : gates) {
            open = open.chain(already -> already ? Uni.createFrom().item(true) : moduleOpen(userId, gate));
        }
        return open;
    }

    private Uni<Boolean> moduleOpen(long userId, ModuleGate gate) {
        return store.readStream(AssessmentStreams.enrollment(userId, gate.courseId()))
                .map(events -> events.stream().anyMatch(event -> unlocks(event, gate)));
    }

    private static boolean unlocks(RecordedEvent event, ModuleGate gate) {
        return "ModuleUnlocked".equals(event.eventType())
                && gate.moduleId().toString().equals(event.data().getString("moduleId"));
    }
}
