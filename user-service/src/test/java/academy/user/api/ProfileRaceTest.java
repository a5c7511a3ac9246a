package academy.user.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.testing.AcademyTestResource;
import academy.testing.Poll;
import academy.user.infrastructure.UserStream;
import academy.user.support.Logins;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** PATCH /users/me losing the append race to a reaction's transaction: retried, never a 500. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ProfileRaceTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    EventStore store;

    @Inject
    Pool pool;

    long lockWaits() {
        return pool.query("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'").execute().await().atMost(WAIT).iterator().next().getLong(0);
    }

    @Test
    void a_profile_change_that_loses_the_race_to_the_streak_reaction_is_retried() throws Exception {
        long userId = Logins.newUserId();
        String token = Logins.token(userId);
        String stream = UserStream.streamId(userId);
        int version = store.readStream(stream).await().atMost(WAIT).size();

        // The streak reaction's transaction has appended the next version and not committed yet.
        SqlConnection reaction = pool.getConnection().await().atMost(WAIT);
        Transaction transaction = reaction.begin().await().atMost(WAIT);
        store.appendInTransaction(reaction, stream, ExpectedVersion.exactly(version), List.of(new NewEvent(
                UUID.randomUUID(), "RaceMarker", new JsonObject(), new JsonObject()))).await().atMost(WAIT);

        // The PATCH reads the same version and waits on the unique index behind it...
        CompletableFuture<Integer> patched = CompletableFuture.supplyAsync(() -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body("{\"timeZone\":\"Europe/Berlin\"}").patch("/users/me").statusCode());
        Poll.until(WAIT, () -> lockWaits() == 1);
        // ...and loses when the reaction commits: a conflict on an aborted transaction, retried anew.
        transaction.commit().await().atMost(WAIT);
        reaction.close().await().atMost(WAIT);

        assertThat(patched.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(store.readStream(stream).await().atMost(WAIT)).extracting(e -> e.eventType())
                .endsWith("RaceMarker", "ProfileUpdated");
    }
}
