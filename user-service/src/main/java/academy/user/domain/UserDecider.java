package academy.user.domain;

import academy.refusal.FieldRefusal;
import academy.refusal.RefusedException;
import academy.user.domain.UserCommand.ChangeProfile;
import academy.user.domain.UserCommand.CountCompletion;
import academy.user.domain.UserCommand.Erase;
import academy.user.domain.UserCommand.RegisterOnLogin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** decide(command, state) -> events and evolve(state, event) -> state for the user stream. */
public final class UserDecider {

    private UserDecider() {
    }

    public static List<UserEvent> decide(UserCommand command, UserState state) {
        if (command instanceof RegisterOnLogin register) {
            return state.registered() ? List.of() : List.of(new UserRegistered(register.userId(), register.at()));
        }
        if (command instanceof ChangeProfile change) {
            return changeProfile(change, state);
        }
        if (command instanceof CountCompletion completion) {
            return StreakRules.onCompletion(completion.userId(), state, completion.completedAt(),
                    completion.sourceEventId());
        }
        if (command instanceof Erase erase) {
            return state.erased() && !erase.hasPersonalData() ? List.of() : List.of(new UserErased(erase.userId(), erase.at()));
        }
        throw new IllegalArgumentException("unknown command " + command.getClass().getSimpleName());
    }

    public static UserState evolve(UserState state, UserEvent event) {
        return state.evolve(event);
    }

    private static List<UserEvent> changeProfile(ChangeProfile change, UserState state) {
        List<FieldRefusal> problems = ProfileRules.check(change);
        if (!problems.isEmpty()) {
            throw RefusedException.invalid(problems);
        }
        List<String> changed = new ArrayList<>();
        String zone = state.timeZone();
        String language = state.languageCode();
        if (change.timeZone() != null && !change.timeZone().equals(zone)) {
            zone = change.timeZone();
            changed.add("timeZone");
        }
        if (change.languageCode() != null && !Objects.equals(change.languageCode(), language)) {
            language = change.languageCode();
            changed.add("languageCode");
        }
        if (change.displayName() != null && change.displayNameDiffers()) {
            changed.add("displayName");
        }
        return changed.isEmpty() ? List.of()
                : List.of(new ProfileUpdated(change.userId(), changed, zone, language, change.at()));
    }
}
