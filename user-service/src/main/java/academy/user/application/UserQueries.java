package academy.user.application;

import academy.refusal.RefusedException;
import academy.user.infrastructure.ProfileRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** GET /users/me: the profile row and the user stream, the streak computed for today. */
@ApplicationScoped
public class UserQueries {

    private final ProfileRepository profiles;
    private final UserStreams streams;

    public UserQueries(ProfileRepository profiles, UserStreams streams) {
        this.profiles = profiles;
        this.streams = streams;
    }

    public Uni<UserView> user(long userId) {
        return profiles.find(userId).chain(profile -> {
            if (profile == null) {
                return Uni.createFrom().failure(RefusedException.notFound("no profile: sign in to create it"));
            }
            return streams.load(userId).map(snapshot -> streams.view(profile, snapshot.state(), snapshot.position()));
        });
    }
}
