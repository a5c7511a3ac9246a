package academy.eventstore;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The wake-up's payload: the event types appended since the last one, so a subscription is
 * woken only when something it handles was appended. An empty or {@link #ALL} payload wakes
 * every subscription (an older sender, or more types than a NOTIFY payload holds).
 */
final class WakeUps {

    static final String ALL = "*";
    /** PostgreSQL refuses payloads of 8,000 bytes or more. */
    private static final int MAX_PAYLOAD = 7_000;

    private WakeUps() {
    }

    static String payload(Collection<String> eventTypes) {
        String joined = String.join(",", new TreeSet<>(eventTypes));
        return joined.isEmpty() || joined.length() > MAX_PAYLOAD ? ALL : joined;
    }

    /** Whether a subscription handling {@code handled} (empty: all types) needs waking for {@code payload}. */
    static boolean wakes(String payload, List<String> handled) {
        if (handled.isEmpty() || payload == null || payload.isEmpty() || payload.equals(ALL)) {
            return true;
        }
        Set<String> appended = Set.of(payload.split(","));
        return handled.stream().anyMatch(appended::contains);
    }
}
