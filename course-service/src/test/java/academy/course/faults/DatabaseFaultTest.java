package academy.course.faults;

import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.Poll;
import academy.testing.TestDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Commands at a steady rate from a retrying client while the service's PostgreSQL connections are
 * killed and the server itself is restarted (same data, same port, the service keeps running).
 * Every acknowledged command must be stored exactly once; readiness must follow the database.
 */
@QuarkusTest
@TestProfile(DatabaseFaultTest.OwnDatabase.class)
class DatabaseFaultTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnPostgresResource.class));
        }

        /** Only this test's own servers: the shared ones must never see its faults. */
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", "8");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void acknowledgedCommandsSurviveKilledConnectionsAndARestartExactlyOnce() throws Exception {
        int killedConnections = 0;
        boolean readyWentDown;
        boolean readyCameBack;
        try (RetryingCommandClient client = new RetryingCommandClient(base.toURI())) {
            assertThat(client.status("/q/health/ready")).isEqualTo(200);
            client.start(20);
            awaitMoreAcknowledged(client, 20);

            for (int round = 0; round < 3; round++) {
                killedConnections += terminateServiceConnections();
                awaitMoreAcknowledged(client, 10);
            }

            OwnPostgresResource.stopPostgres();
            int failuresWhenStopped = client.failedAttempts();
            Poll.untilAsserted(WAIT, () -> assertThat(client.status("/q/health/ready")).isEqualTo(503));
            readyWentDown = true;
            Poll.until(WAIT, () -> client.failedAttempts() > failuresWhenStopped);

            OwnPostgresResource.startPostgres();
            Poll.untilAsserted(Duration.ofSeconds(30), () -> assertThat(client.status("/q/health/ready")).isEqualTo(200));
            readyCameBack = true;
            awaitMoreAcknowledged(client, 20);

            client.stopSending();
            Poll.until(Duration.ofSeconds(30), client::everySentAcknowledged);

            Map<String, String> acknowledged = client.acknowledged();
            Map<String, List<String>> stored = storedCoursesByKey();
            int lost = 0;
            int duplicated = 0;
            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                List<String> courses = stored.getOrDefault(ack.getKey(), List.of());
                if (courses.isEmpty()) {
                    lost++;
                } else if (courses.size() > 1) {
                    duplicated++;
                }
            }
            Set<String> strays = new HashSet<>(stored.keySet());
            strays.removeAll(client.sent());
            System.out.printf("FAULT RUN course-service: commands=%d acknowledged=%d retries=%d failedAttempts=%d "
                            + "outcomes=%s killedConnections=%d postgresRestarts=1 readyWentDown=%s readyCameBack=%s "
                            + "failuresShowingInternals=%d lost=%d duplicated=%d%n", client.sent().size(), acknowledged.size(),
                    client.retried(), client.failedAttempts(), client.outcomes(), killedConnections, readyWentDown,
                    readyCameBack, client.failuresShowingInternals(), lost, duplicated);

            assertThat(killedConnections).as("connections killed").isPositive();
            assertThat(lost).as("acknowledged commands missing from the store").isZero();
            assertThat(duplicated).as("commands stored more than once").isZero();
            assertThat(strays).as("events of keys the client never sent").isEmpty();
            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                assertThat(stored.get(ack.getKey())).as(ack.getKey()).containsExactly(ack.getValue());
            }
            assertThat(client.outcomes().keySet()).as("no refusal a retry could not fix")
                    .noneMatch(outcome -> outcome.equals("400") || outcome.equals("401") || outcome.equals("403")
                            || outcome.equals("404") || outcome.equals("422"));
            // The catalogue subscription resumes by itself after the restart and sees every course once.
            Poll.untilAsserted(Duration.ofSeconds(30), () -> assertThat(catalogueCourses())
                    .containsAll(new HashSet<>(acknowledged.values())));
        }
    }

    @Test
    void whileThePostgresIsDownCommandsAre503WithRetryAfter() throws Exception {
        try (RetryingCommandClient client = new RetryingCommandClient(base.toURI())) {
            OwnPostgresResource.stopPostgres();
            try {
                Poll.untilAsserted(WAIT, () -> assertThat(client.status("/q/health/ready")).isEqualTo(503));
                io.restassured.response.Response refused = io.restassured.RestAssured.given()
                        .auth().oauth2(academy.testing.TestTokens.admin(1001L))
                        .contentType(io.restassured.http.ContentType.JSON)
                        .body("{\"title\":\"During the outage\",\"description\":\"\"}").post("/courses");
                assertThat(refused.asString()).doesNotContain("stack").doesNotContain("Exception");
                assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).isNotNull();
                assertThat(refused.contentType()).startsWith("application/problem+json");
            } finally {
                OwnPostgresResource.startPostgres();
                Poll.untilAsserted(Duration.ofSeconds(30),
                        () -> assertThat(client.status("/q/health/ready")).isEqualTo(200));
            }
        }
    }

    private static void awaitMoreAcknowledged(RetryingCommandClient client, int more) {
        int target = client.acknowledgedCount() + more;
        Poll.until(WAIT, () -> client.acknowledgedCount() >= target);
    }

    /** pg_terminate_backend on every session of the service's database. */
    private static int terminateServiceConnections() {
        TestDatabase database = OwnPostgresResource.database();
        PgConnection admin = PgConnection.connect(TestDatabase.sharedVertx(), new PgConnectOptions()
                .setHost("127.0.0.1").setPort(OwnPostgresResource.port()).setDatabase("postgres").setUser("postgres"))
                .await().atMost(WAIT);
        try {
            Row row = admin.preparedQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS killed "
                            + "FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()")
                    .execute(Tuple.of(database.name())).await().atMost(WAIT).iterator().next();
            return row.getInteger("killed");
        } finally {
            admin.close().await().atMost(WAIT);
        }
    }

    private static Map<String, List<String>> storedCoursesByKey() {
        Pool pool = OwnPostgresResource.database().pool(1);
        try {
            Map<String, List<String>> byKey = new HashMap<>();
            for (Row row : pool.query("SELECT metadata->>'idempotencyKey' AS k, data->>'courseId' AS course "
                    + "FROM event_store WHERE event_type = 'CourseCreated'").execute().await().atMost(WAIT)) {
                byKey.computeIfAbsent(row.getString("k"), k -> new java.util.ArrayList<>()).add(row.getString("course"));
            }
            return byKey;
        } finally {
            pool.close().await().atMost(WAIT);
        }
    }

    private static Set<String> catalogueCourses() {
        Pool pool = OwnPostgresResource.database().pool(1);
        try {
            Set<String> courses = new HashSet<>();
            for (Row row : pool.query("SELECT course_id FROM course_catalogue").execute().await().atMost(WAIT)) {
                courses.add(row.getUUID("course_id").toString());
            }
            return courses;
        } finally {
            pool.close().await().atMost(WAIT);
        }
    }
}
