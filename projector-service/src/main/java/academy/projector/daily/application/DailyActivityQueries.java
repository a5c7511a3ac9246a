package academy.projector.daily.application;

import academy.projector.projection.application.Views.DailyActivity;
import academy.projector.projection.application.Views.DailyActivityDay;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import academy.projector.daily.infrastructure.DailyRows;

/** The learner's XP and lessons per UTC day from the daily read model, days without activity filled in with zeros. */
@ApplicationScoped
public class DailyActivityQueries {

    private final DailyRows rows;

    public DailyActivityQueries(DailyRows rows) {
        this.rows = rows;
    }

    public Uni<DailyActivity> between(long userId, LocalDate from, LocalDate to) {
        return rows.between(userId, from, to).map(found -> {
            List<DailyActivityDay> series = new ArrayList<>();
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
}
