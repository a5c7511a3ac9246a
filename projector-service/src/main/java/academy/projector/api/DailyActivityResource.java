package academy.projector.api;

import academy.edge.auth.Caller;
import academy.edge.problem.ProblemException;
import academy.edge.time.AcademyClock;
import academy.projector.application.ReadPositions;
import academy.projector.application.Views.DailyActivity;
import academy.projector.application.Views.DailyActivityDay;
import academy.projector.infrastructure.feed.DailyActivityHandler;
import academy.projector.infrastructure.sql.DailyRows;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The caller's XP and lessons per UTC day over the last {@code days} days, today included, zeros filled in. */
@Path("/progress/daily")
@Authenticated
public class DailyActivityResource {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    private final DailyRows rows;
    private final ReadPositions positions;
    private final Caller caller;
    private final AcademyClock clock;

    public DailyActivityResource(DailyRows rows, ReadPositions positions, Caller caller, AcademyClock clock) {
        this.rows = rows;
        this.positions = positions;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<DailyActivity> daily(@QueryParam("days") String days, @QueryParam("after") String after) {
        int span = days(days);
        Long position = QueryParams.position(after);
        long userId = caller.userId();
        LocalDate to = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        LocalDate from = to.minusDays(span - 1L);
        return positions.await(position, List.of(DailyActivityHandler.NAME))
                .chain(() -> rows.between(userId, from, to)).map(found -> {
                    List<DailyActivityDay> series = new ArrayList<>(span);
                    long xp = 0;
                    int lessons = 0;
                    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                        DailyRows.Day sums = found.getOrDefault(day, new DailyRows.Day(0, 0));
                        series.add(new DailyActivityDay(day, sums.xp(), sums.lessonsCompleted()));
                        xp += sums.xp();
                        lessons += sums.lessonsCompleted();
                    }
                    return new DailyActivity(userId, from, to, xp, lessons, series);
                });
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
