package academy.edge.readmodel;

import academy.edge.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Read-your-writes for every route marked {@link ReadsFrom}: parses {@code ?after} by
 * {@link AfterPosition}'s rule (a bad value is a 422 before the resource runs), waits up to
 * {@link ReadYourWrites#MAX_WAIT} for the named read models through the service's
 * {@link ReadModelPositions}, then lets the request through. The answer to a read that asked
 * carries {@code X-Caught-Up: true} when the read models had passed the position, {@code false}
 * when the second ran out first (the body is then what they held at that moment).
 */
@ApplicationScoped
public class ReadYourWritesFilter {

    public static final String HEADER = "X-Caught-Up";
    private static final String CAUGHT_UP = ReadYourWritesFilter.class.getName() + ".caughtUp";

    private final Instance<ReadModelPositions> positions;
    private final Map<Method, Optional<List<String>>> routes = new ConcurrentHashMap<>();

    public ReadYourWritesFilter(Instance<ReadModelPositions> positions) {
        this.positions = positions;
    }

    /** After authentication and authorisation, so a refused caller never waits. */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Uni<Void> awaitReadModels(ContainerRequestContext request, ResourceInfo resource) {
        Optional<List<String>> sources = sourcesOf(resource.getResourceMethod());
        if (sources.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OptionalLong after;
        try {
            after = AfterPosition.parse(request.getUriInfo().getQueryParameters().getFirst(AfterPosition.PARAMETER));
        } catch (ProblemException refused) {
            return Uni.createFrom().failure(refused);
        }
        if (after.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return positions.get().reached(sources.get(), after.getAsLong(), ReadYourWrites.MAX_WAIT)
                .invoke(reached -> request.setProperty(CAUGHT_UP, reached))
                .replaceWithVoid();
    }

    @ServerResponseFilter
    public void caughtUpHeader(ContainerRequestContext request, ContainerResponseContext response) {
        Object caughtUp = request.getProperty(CAUGHT_UP);
        if (caughtUp != null) {
            response.getHeaders().putSingle(HEADER, caughtUp.toString());
        }
    }

    private Optional<List<String>> sourcesOf(Method method) {
        if (method == null) {
            return Optional.empty();
        }
        return routes.computeIfAbsent(method, m -> Optional.ofNullable(m.getAnnotation(ReadsFrom.class))
                .map(reads -> List.of(reads.value())));
    }
}
