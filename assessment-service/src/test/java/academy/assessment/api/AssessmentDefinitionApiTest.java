package academy.assessment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.testing.AcademyTestResource;
import academy.testing.EventFixtures;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class AssessmentDefinitionApiTest {

    @Inject
    EventStore store;

    private static JsonObject quiz() {
        return AssessmentFixtures.definition(600, 30, 3, 60, "highest");
    }

    private static void assertNoSecrets(Response response) {
        for (String secret : AssessmentFixtures.SECRET_FIELDS) {
            assertThat(response.asString()).doesNotContain(secret);
        }
    }

    @Test
    void anAdminDefinesAnAssessmentAndLearnersSeeItWithoutAnswers() {
        JsonObject definition = quiz();
        Response created = AssessmentFixtures.define(definition);

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertNoSecrets(created);
        UUID assessmentId = UUID.fromString(created.jsonPath().getString("assessmentId"));
        assertThat(created.jsonPath().getLong("position")).isPositive();

        long learner = AssessmentFixtures.newLearner();
        assertThat(given().auth().oauth2(TestTokens.learner(learner)).get("/assessments/{id}", assessmentId)
                .statusCode()).as("no module known to be gated by it yet: locked").isEqualTo(403);
        AssessmentFixtures fixtures = new AssessmentFixtures(store);
        UUID[] courseAndModule = fixtures.attach(assessmentId);
        fixtures.unlockModule(learner, courseAndModule[0], courseAndModule[1]);
        academy.testing.Poll.until(AssessmentFixtures.TIMEOUT, () -> given().auth().oauth2(TestTokens.learner(learner))
                .get("/assessments/{id}", assessmentId).statusCode() == 200);
        Response read = given().auth().oauth2(TestTokens.learner(learner)).get("/assessments/{id}", assessmentId);
        assertThat(read.statusCode()).isEqualTo(200);
        assertNoSecrets(read);
        assertThat(read.jsonPath().getList("questions.type"))
                .containsExactly("single_choice", "multiple_choice", "numeric", "short_text");
        assertThat(read.jsonPath().getList("questions[1].choices")).hasSize(5);

        List<RecordedEvent> stream = new AssessmentFixtures(store).stream("assessment-" + assessmentId);
        assertThat(stream).extracting(RecordedEvent::eventType).containsExactly("AssessmentDefined");
        JsonObject data = stream.get(0).data();
        assertThat(data.fieldNames()).containsAll(EventFixtures.data("AssessmentDefined").fieldNames());
        assertThat(data.getLong("definedBy")).isEqualTo(AssessmentFixtures.ADMIN);
        assertThat(data.getJsonArray("questions").getJsonObject(1).getJsonArray("correctChoiceIds")).hasSize(3);
        assertThat(data.getJsonArray("questions").getJsonObject(2).fieldNames())
                .doesNotContain("choices", "acceptedAnswers");
    }

    @Test
    void aCorrectChoiceThatIsNoChoiceIs422NamingTheFieldAndWritesNothing() {
        long before = definitions();
        JsonObject definition = quiz();
        definition.getJsonArray("questions").getJsonObject(1)
                .put("correctChoiceIds", new io.vertx.core.json.JsonArray().add(UUID.randomUUID().toString()));

        Response refused = AssessmentFixtures.define(definition);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getList("errors.field")).containsExactly("questions[1].correctChoiceIds");
        assertThat(definitions()).isEqualTo(before);
    }

    @Test
    void everyBrokenSettingIsNamed() {
        JsonObject definition = quiz().put("timeLimitSeconds", 0).put("gradingMethod", "median").put("passMark", 2);

        Response refused = AssessmentFixtures.define(definition);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.jsonPath().getList("errors.field"))
                .containsExactly("timeLimitSeconds", "gradingMethod", "passMark");
    }

    @Test
    void unknownFieldsAndWrongTypesAre422() {
        Response unknown = AssessmentFixtures.define(quiz().put("answersVisible", true));
        Response wrongType = AssessmentFixtures.define(quiz().put("maxAttempts", "many"));

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.jsonPath().getList("errors.field")).containsExactly("answersVisible");
        assertThat(wrongType.statusCode()).isEqualTo(422);
        assertThat(wrongType.jsonPath().getList("errors.field")).containsExactly("maxAttempts");
    }

    @Test
    void aMissingBodyIs400() {
        Response response = given().auth().oauth2(TestTokens.admin(AssessmentFixtures.ADMIN))
                .contentType(ContentType.JSON).post("/assessments");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void onlyAdminsDefine() {
        Response learner = given().auth().oauth2(TestTokens.learner(42L)).contentType(ContentType.JSON)
                .body(quiz().encode()).post("/assessments");
        Response anonymous = given().contentType(ContentType.JSON).body(quiz().encode()).post("/assessments");

        assertThat(learner.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownAssessmentIs404() {
        Response response = given().auth().oauth2(TestTokens.learner(42L)).get("/assessments/{id}", UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(AssessmentFixtures.start(42L, UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyDefinesOnce() {
        String body = quiz().encode();
        String key = "define-" + UUID.randomUUID();
        Response first = given().auth().oauth2(TestTokens.admin(AssessmentFixtures.ADMIN)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/assessments");
        Response retry = given().auth().oauth2(TestTokens.admin(AssessmentFixtures.ADMIN)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/assessments");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        String assessmentId = first.jsonPath().getString("assessmentId");
        assertThat(retry.jsonPath().getString("assessmentId")).isEqualTo(assessmentId);
        assertThat(new AssessmentFixtures(store).stream("assessment-" + assessmentId)).hasSize(1);
    }

    private long definitions() {
        return store.pool()
                .query("SELECT count(*) AS n FROM event_store WHERE event_type = 'AssessmentDefined'").execute()
                .await().atMost(AssessmentFixtures.TIMEOUT).iterator().next().getLong("n");
    }
}
