package academy.projector.daily.api;

import academy.edge.auth.Caller;
import academy.edge.problem.ProblemException;
import academy.edge.time.AcademyClock;
import academy.edge.readmodel.ReadsFrom;
import academy.projector.projection.application.Views.DailyActivity;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import academy.projector.daily.application.DailyActivityQueries;

/** The caller's XP and lessons per UTC day over the last {@code days} days, today included, zeros filled in. */
@Path("/progress/daily")
@Authenticated
public class DailyActivityResource {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    private final DailyActivityQueries daily;
    private final Caller caller;
    private final AcademyClock clock;

    public DailyActivityResource(DailyActivityQueries daily, Caller caller, AcademyClock clock) {
        this.daily = daily;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ReadsFrom("daily")
    public Uni<DailyActivity> daily(@QueryParam("days") String days) {
        int span = days(days);
        LocalDate to = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        return daily.between(caller.userId(), to.minusDays(span - 1L), to);
    }

    private static int days(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_DAYS;
        }
        String message = "must be a whole number of days from 1 to " + MAX_DAYS;
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < 1 || value > MAX_DAYS) {
                throw ProblemException.unprocessable("days", message);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.unprocessable("days", message);
        }
    }
}
