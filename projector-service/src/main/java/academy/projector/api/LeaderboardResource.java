package academy.projector.api;

import academy.edge.auth.Caller;
import academy.edge.problem.ProblemException;
import academy.projector.application.LeaderboardService;
import academy.projector.domain.LeaderboardPeriod;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Weekly or all-time XP leaderboard, with the caller's own standing even outside the top. */
@Path("/leaderboard")
@Authenticated
public class LeaderboardResource {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = LeaderboardService.TOP_HELD;

    private final LeaderboardService leaderboards;
    private final Caller caller;

    public LeaderboardResource(LeaderboardService leaderboards, Caller caller) {
        this.leaderboards = leaderboards;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> leaderboard(@QueryParam("period") String period, @QueryParam("limit") String limit,
                                        @QueryParam("after") String after) {
        LeaderboardPeriod board = period == null ? LeaderboardPeriod.WEEK : LeaderboardPeriod.parse(period)
                .orElseThrow(() -> ProblemException.unprocessable("period", "must be week or all"));
        int size = QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        Long position = QueryParams.position(after);
        return leaderboards.leaderboard(caller.userId(), board, size, position).map(answer -> CaughtUp.ok(position, answer));
    }
}
