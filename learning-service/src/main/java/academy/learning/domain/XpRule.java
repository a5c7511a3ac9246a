package academy.learning.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * XP of a completion. The first completion of a lesson earns the lesson's full xp. A repeat
 * completion earns half of it (rounded down) when it is the first repeat of its UTC day; any
 * further repeat on that UTC day earns nothing. So on the day of the first completion the
 * sequence is full, half, 0, 0...; on every later UTC day it is half, 0, 0...
 */
public final class XpRule {

    private XpRule() {
    }

    public static int xpFor(Lesson lesson, LessonProgress before, Instant completedAt) {
        if (!before.completed()) {
            return lesson.xp();
        }
        return before.repeatsOn(utcDay(completedAt)) == 0 ? lesson.xp() / 2 : 0;
    }

    public static LocalDate utcDay(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
