package academy.platform;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the acknowledged answers imply, computed here from DOMAIN's rules and not read from any
 * service: XP per learner (first completion of a lesson earns its xp, the first repeat of each
 * UTC day half of it, further repeats nothing) and the days a learner completed a lesson on
 * (every learner of the run keeps the default zone, UTC).
 */
final class ExpectedTotals {

    record Completion(long userId, String lessonId, int lessonXp, Instant completedAt, int answeredXp) {
    }

    private ExpectedTotals() {
    }

    static List<Completion> completions(Collection<RetryingClient.Ack> acks) {
        return acks.stream().filter(ack -> ack.command().path().startsWith("/lessons/progress/"))
                .filter(ack -> ack.answer().getJsonObject("completion") != null)
                .map(ack -> {
                    JsonObject completion = ack.answer().getJsonObject("completion");
                    return new Completion(ack.command().userId(), ack.answer().getString("lessonId"),
                            ack.answer().getInteger("xp"), Instant.parse(completion.getString("completedAt")),
                            completion.getInteger("xpEarned"));
                }).toList();
    }

    static Map<Long, Long> xpByRule(List<Completion> completions) {
        Map<Long, Long> xp = new TreeMap<>();
        Map<List<Object>, List<Completion>> byLesson = completions.stream()
                .collect(Collectors.groupingBy(c -> List.<Object>of(c.userId(), c.lessonId())));
        byLesson.forEach((learnerLesson, sittings) -> {
            List<Completion> ordered = sittings.stream().sorted((a, b) -> a.completedAt().compareTo(b.completedAt())).toList();
            long earned = ordered.get(0).lessonXp();
            Set<LocalDate> daysWithARepeat = new HashSet<>();
            for (Completion repeat : ordered.subList(1, ordered.size())) {
                if (daysWithARepeat.add(utcDay(repeat.completedAt()))) {
                    earned += repeat.lessonXp() / 2;
                }
            }
            xp.merge((Long) learnerLesson.get(0), earned, Long::sum);
        });
        return xp;
    }

    static Map<Long, Long> xpAnswered(List<Completion> completions) {
        return completions.stream().collect(Collectors.groupingBy(Completion::userId, TreeMap::new,
                Collectors.summingLong(Completion::answeredXp)));
    }

    static Map<Long, SortedSet<LocalDate>> completionDays(List<Completion> completions) {
        return completions.stream().collect(Collectors.groupingBy(Completion::userId, TreeMap::new,
                Collectors.mapping(c -> utcDay(c.completedAt()), Collectors.toCollection(TreeSet::new))));
    }

    /** Consecutive days ending at the last one (no freezes are earned before a 7-day streak). */
    static int currentStreak(SortedSet<LocalDate> days) {
        int streak = 0;
        LocalDate expected = days.last();
        for (LocalDate day : new TreeSet<>(days).descendingSet()) {
            if (!day.equals(expected)) {
                break;
            }
            streak++;
            expected = day.minusDays(1);
        }
        return streak;
    }

    private static LocalDate utcDay(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
