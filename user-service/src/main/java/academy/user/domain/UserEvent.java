package academy.user.domain;

/** Events of the stream {@code user-{userId}} (docs/events.md). No personal data in any of them. */
public sealed interface UserEvent permits UserRegistered, ProfileUpdated, StreakExtended, StreakFreezeEarned,
        StreakFreezeUsed, StreakReset, UserErased {

    long userId();
}
