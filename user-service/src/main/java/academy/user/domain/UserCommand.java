package academy.user.domain;

import java.time.Instant;
import java.util.UUID;

/** What can happen to a user stream. Null fields of {@link ChangeProfile} mean "not given". */
public sealed interface UserCommand {

    long userId();

    record RegisterOnLogin(long userId, Instant at) implements UserCommand {
    }

    /** @param displayNameDiffers whether the given displayName differs from the stored one (personal data, not in state) */
    record ChangeProfile(long userId, String timeZone, String languageCode, String displayName,
                         boolean displayNameDiffers, Instant at) implements UserCommand {
    }

    record CountCompletion(long userId, Instant completedAt, UUID sourceEventId) implements UserCommand {
    }

    /** @param hasPersonalData whether a profile row exists to erase */
    record Erase(long userId, boolean hasPersonalData, Instant at) implements UserCommand {
    }
}
