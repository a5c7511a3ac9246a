package academy.projector.projection.application;

import academy.edge.readmodel.ReadModelPositions;
import academy.eventstore.SubscriptionPositions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import academy.projector.projection.infrastructure.ProjectionProgress;

/**
 * {@code ?after=<position>} in this service (routes name their projections with
 * {@code @ReadsFrom}): waits (at most {@code maxWait}) until those projections have passed it, and
 * says whether they did. One query finds what each projection still has to
 * handle; the wait itself is in memory, woken by the projections' commits (ProjectionProgress,
 * fed on every replica by ProgressBroadcast), never by polling PostgreSQL. Only a wait that
 * times out asks PostgreSQL once more, so a missed signal costs at most the second.
 */
@ApplicationScoped
public class ReadPositions implements ReadModelPositions {

    private final SubscriptionPositions positions;
    private final ProjectionProgress progress;
    private final ProjectionCatalogue catalogue;

    public ReadPositions(SubscriptionPositions positions, ProjectionProgress progress, ProjectionCatalogue catalogue) {
        this.positions = positions;
        this.progress = progress;
        this.catalogue = catalogue;
    }

    /** True when the projections have passed {@code after}; false when {@code maxWait} ran out first. */
    @Override
    public Uni<Boolean> reached(List<String> projections, long after, Duration maxWait) {
        if (after == 0) {
            return Uni.createFrom().item(true);
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        Map<String, List<String>> subscriptions = new LinkedHashMap<>();
        for (String projection : projections) {
            subscriptions.put(ProjectionCatalogue.subscription(projection), catalogue.live(projection)
                    .orElseThrow(() -> new IllegalArgumentException("no projection named " + projection)).eventTypes());
        }
        return positions.pending(after, subscriptions).chain(pending -> {
            if (pending.isEmpty()) {
                return Uni.createFrom().item(true);
            }
            Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
            List<Uni<Boolean>> waits = new ArrayList<>();
            pending.forEach((subscription, target) -> waits.add(progress.await(projection(subscription), target, left)));
            return Uni.join().all(waits).andFailFast().chain(reached -> reached.stream().allMatch(r -> r)
                    ? Uni.createFrom().item(true)
                    : positions.pending(after, subscriptions).map(Map::isEmpty));
        });
    }

    private static String projection(String subscription) {
        return subscription.substring(ProjectionCatalogue.subscription("").length());
    }
}
