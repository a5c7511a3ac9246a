package academy.rules;

import java.util.List;

/** The streak of a set of counted days: the summary and every decision that led to it, in day order. */
public record StreakWalk(StreakSummary summary, List<StreakStep> steps) {

    public StreakWalk {
        steps = List.copyOf(steps);
    }
}
