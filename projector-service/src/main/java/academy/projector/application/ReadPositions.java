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
        List<String> subscriptions = projections.stream().map(ProjectionCatalogue::subscription).toList();
        return ReadYourWrites.awaitProcessed(after, position -> positions.passed(subscriptions, position));
    }
}
