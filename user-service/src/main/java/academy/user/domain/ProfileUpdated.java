package academy.user.domain;

import java.time.Instant;
import java.util.List;

public record ProfileUpdated(long userId, List<String> changed, String timeZone, String languageCode, Instant updatedAt) implements UserEvent {
}
