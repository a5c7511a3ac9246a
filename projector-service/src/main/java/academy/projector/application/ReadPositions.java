package academy.projector.application;

import academy.edge.readmodel.ReadYourWrites;
import academy.projector.infrastructure.sql.ProjectionPositions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code ?after=<position>}: waits (at most a second) until the projections behind a route have passed it. */
@ApplicationScoped
public class ReadPositions {

    private final ProjectionPositions positions;

    public ReadPositions(ProjectionPositions positions) {
        this.positions = positions;
    }

    public Uni<Void> await(Long after, List<String> projections) {
        if (after == null || after < 0) {
            return ReadYourWrites.awaitPosition(after, () -> Uni.createFrom().item(0L));
        }
        List<String> subscriptions = projections.stream().map(ProjectionCatalogue::subscription).toList();
        // Feed order is not position order: report "passed" as the position itself, else one below it.
        return ReadYourWrites.awaitPosition(after, () -> positions.passed(subscriptions, after)
                .map(passed -> passed ? after : after - 1));
    }
}
