package academy.projector.leaderboard.api;

import academy.edge.auth.Caller;
import academy.edge.problem.ProblemException;
import academy.edge.readmodel.AfterPosition;
import academy.edge.readmodel.ReadsFrom;
import academy.projector.projection.application.Views.Leaderboard;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import academy.projector.leaderboard.domain.LeaderboardPeriod;
import academy.projector.leaderboard.application.LeaderboardService;
import academy.projector.projection.api.QueryParams;

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
    @ReadsFrom("leaderboard")
    public Uni<Leaderboard> leaderboard(@QueryParam("period") String period, @QueryParam("limit") String limit,
                                        @QueryParam("after") String after) {
        LeaderboardPeriod board = period == null ? LeaderboardPeriod.WEEK : LeaderboardPeriod.parse(period)
                .orElseThrow(() -> ProblemException.unprocessable("period", "must be week or all"));
        int size = QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        return leaderboards.leaderboard(caller.userId(), board, size, AfterPosition.asked(after));
    }
}
