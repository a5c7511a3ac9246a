package academy.user.application;

import academy.edge.time.AcademyClock;
import academy.eventstore.ConcurrencyConflictException;
import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.eventstore.command.CommandOrigin;
import academy.user.domain.InitDataCheck;
import academy.user.domain.TelegramUser;
import academy.user.domain.UserRegistered;
import academy.user.infrastructure.InitDataValidatorProducer;
import academy.user.infrastructure.ProfileRepository;
import academy.user.infrastructure.TelegramUserReader;
import academy.user.infrastructure.TokenIssuer;
import academy.user.infrastructure.UserStream;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * POST /auth/telegram: validate init data, register on the first login (once, even when two
 * first logins race), refresh the Telegram names in the profile, issue the JWT.
 */
@ApplicationScoped
public class LoginService {

    private final InitDataValidatorProducer validators;
    private final TokenIssuer tokens;
    private final ProfileRepository profiles;
    private final EventStore store;
    private final UserStreams streams;
    private final AcademyClock clock;
    private final Counter signIns;

    public LoginService(InitDataValidatorProducer validators, TokenIssuer tokens, ProfileRepository profiles,
                        EventStore store, UserStreams streams, AcademyClock clock, MeterRegistry registry) {
        this.signIns = Counter.builder("academy.sign.ins").description("Successful Telegram sign-ins (tokens issued)")
                .register(registry);
        this.validators = validators;
        this.tokens = tokens;
        this.profiles = profiles;
        this.store = store;
        this.streams = streams;
        this.clock = clock;
    }

    public Uni<LoginOutcome> login(String initData, String traceparent) {
        InitDataCheck validator = validators.validator();
        if (validator == null || !tokens.ready()) {
            throw new LoginNotConfigured();
        }
        Instant now = clock.now();
        TelegramUser user = TelegramUserReader.read(validator.validate(initData, now).userJson());
        // The profile row is written after the registration, so a row means the user is registered.
        return profiles.find(user.id())
                .chain(existing -> existing != null ? Uni.createFrom().voidItem() : register(user.id(), now, traceparent))
                .chain(() -> streams.load(user.id()))
                .chain(snapshot -> profiles.upsertOnLogin(user, snapshot.state().timeZone(), now)
                        .map(profile -> streams.view(profile, snapshot.state(), snapshot.position())))
                .map(view -> {
                    TokenIssuer.IssuedToken token = tokens.issue(user.id(), now);
                    signIns.increment();
                    return new LoginOutcome(token.token(), token.expiresAt(), view);
                });
    }

    /** Appends UserRegistered only to a stream that does not exist: a conflict means already registered. */
    private Uni<Void> register(long userId, Instant now, String traceparent) {
        CommandOrigin origin = CommandOrigin.of(userId, "POST /auth/telegram", null, traceparent, null);
        List<NewEvent> registered = origin.toNewEvents(UserStream.EVENTS, List.of(new UserRegistered(userId, now)));
        return store.append(UserStream.streamId(userId), ExpectedVersion.noStream(), registered)
                .replaceWithVoid()
                .onFailure(ConcurrencyConflictException.class).recoverWithNull().replaceWithVoid();
    }
}
