package academy.user.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.testing.AcademyTestResource;
import academy.testing.EventFixtures;
import academy.testing.TestPostgres;
import academy.user.infrastructure.UserRedisKeys;
import academy.user.support.Logins;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class EraseApiTest {

    @Inject
    EventStore store;

    @Inject
    RedisDataSource redis;

    @Inject
    UserRedisKeys userKeys;

    @Test
    void erasing_removes_the_profile_row_and_redis_keys_and_appends_user_erased() {
        long userId = Logins.newUserId();
        long neighbour = Logins.newUserId();
        String token = Logins.token(userId);
        Logins.login(neighbour, "Bea");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"displayName\":\"Countess\"}")
                .patch("/users/me").then().statusCode(200);
        redis.value(String.class).set(userKeys.keyOf(userId), "cached");
        redis.value(String.class).set(userKeys.keyOf(userId, "profile"), "cached");
        redis.value(String.class).set(userKeys.keyOf(neighbour, "profile"), "cached");

        given().auth().oauth2(token).delete("/users/me").then().statusCode(204);

        assertThat(profileRows(userId)).isZero();
        assertThat(profileRows(neighbour)).isOne();
        assertThat(redis.key().exists(userKeys.keyOf(userId))).isFalse();
        assertThat(redis.key().exists(userKeys.keyOf(userId, "profile"))).isFalse();
        assertThat(redis.key().exists(userKeys.keyOf(neighbour, "profile"))).isTrue();
        List<RecordedEvent> stream = store.readStream("user-" + userId).await().atMost(Duration.ofSeconds(5));
        assertThat(stream).extracting(RecordedEvent::eventType)
                .containsExactly("UserRegistered", "ProfileUpdated", "UserErased");
        assertThat(stream.get(2).data().fieldNames())
                .containsExactlyInAnyOrderElementsOf(EventFixtures.data("UserErased").fieldNames());
        given().auth().oauth2(token).get("/users/me").then().statusCode(404);
    }

    @Test
    void erasing_twice_appends_once_and_a_new_login_creates_a_fresh_profile() {
        long userId = Logins.newUserId();
        String token = Logins.token(userId);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"displayName\":\"Countess\",\"timeZone\":\"Asia/Tokyo\"}")
                .patch("/users/me").then().statusCode(200);

        given().auth().oauth2(token).delete("/users/me").then().statusCode(204);
        given().auth().oauth2(token).delete("/users/me").then().statusCode(204);
        Logins.login(userId, "Ada");

        given().auth().oauth2(token).get("/users/me").then().statusCode(200)
                .body("displayName", org.hamcrest.Matchers.nullValue())
                .body("timeZone", org.hamcrest.Matchers.equalTo("Asia/Tokyo"));
        List<RecordedEvent> stream = store.readStream("user-" + userId).await().atMost(Duration.ofSeconds(5));
        assertThat(stream).extracting(RecordedEvent::eventType)
                .containsExactly("UserRegistered", "ProfileUpdated", "UserErased");
    }

    private static long profileRows(long userId) {
        return TestPostgres.pool().preparedQuery("SELECT count(*) FROM user_profiles WHERE user_id = $1")
                .execute(Tuple.of(userId)).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }
}
