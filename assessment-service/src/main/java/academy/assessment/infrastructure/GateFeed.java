package academy.assessment.infrastructure;

import academy.eventstore.RecordedEvent;
import academy.eventstore.SubscribedHandler;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Keeps {@code assessment_gates} current from AssessmentAttached; an upsert, so redelivery is harmless. */
@ApplicationScoped
public class GateFeed implements SubscribedHandler {

    public static final String SUBSCRIPTION = "assessment-gates";

    private final GateTable gates;

    public GateFeed(GateTable gates) {
        this.gates = gates;
    }

    @Override
    public String subscription() {
        return SUBSCRIPTION;
    }

    @Override
    public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (RecordedEvent event : batch) {
            if ("AssessmentAttached".equals(event.eventType())) {
                chain = chain.chain(() -> attach(transaction, event));
            }
        }
        return chain;
    }

    private Uni<Void> attach(SqlConnection transaction, RecordedEvent event) {
        ModuleGate gate;
        try {
            gate = new ModuleGate(UUID.fromString(event.data().getString("courseId")),
                    UUID.fromString(event.data().getString("moduleId")),
                    UUID.fromString(event.data().getString("assessmentId")));
        } catch (RuntimeException missing) {
            Log.warnf("AssessmentAttached %s lacks an id; skipped", event.eventId());
            return Uni.createFrom().voidItem();
        }
        return gates.attach(transaction, gate);
    }

    @Override
    public List<String> eventTypes() {
        return List.of("AssessmentAttached");
    }
}
