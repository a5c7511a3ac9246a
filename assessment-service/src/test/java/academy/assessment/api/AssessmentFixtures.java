package academy.assessment.api;

import static io.restassured.RestAssured.given;

import academy.eventstore.EventIds;
import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.testing.EventFixtures;
import academy.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Assessments and course events as the HTTP tests need them, through the real API and EventStore. */
final class AssessmentFixtures {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final long ADMIN = 1001L;
    static final List<String> SECRET_FIELDS = List.of("correctChoiceIds", "numericAnswer", "acceptedAnswers",
            "tolerance");

    static final UUID SINGLE = UUID.fromString("11111111-2222-4333-8444-000000000001");
    static final UUID MULTIPLE = UUID.fromString("11111111-2222-4333-8444-000000000002");
    static final UUID NUMERIC = UUID.fromString("11111111-2222-4333-8444-000000000003");
    static final UUID TEXT = UUID.fromString("11111111-2222-4333-8444-000000000004");

    private final EventStore store;

    AssessmentFixtures(EventStore store) {
        this.store = store;
    }

    static long newLearner() {
        return ThreadLocalRandom.current().nextLong(4_294_967_296L, 9_000_000_000_000L);
    }

    /** Choice ids are global, so each definition gets its own. */
    static UUID choice(UUID question, int index) {
        return EventIds.nameBased(question + "-" + index);
    }

    /** Four questions, one per type, 1 point each except the multiple choice (3 points). */
    static JsonObject definition(int timeLimit, int grace, int maxAttempts, int minSeconds, String method) {
        UUID salt = UUID.randomUUID();
        UUID single = EventIds.nameBased(salt + "single"), multiple = EventIds.nameBased(salt + "multiple");
        return new JsonObject()
                .put("title", "Events quiz")
                .put("questions", new JsonArray()
                        .add(new JsonObject().put("questionId", SINGLE.toString()).put("type", "single_choice")
                                .put("prompt", "Can an event change?").put("points", 1)
                                .put("choices", choices(single, 2))
                                .put("correctChoiceIds", new JsonArray().add(choice(single, 1).toString())))
                        .add(new JsonObject().put("questionId", MULTIPLE.toString()).put("type", "multiple_choice")
                                .put("prompt", "Which are facts?").put("points", 3)
                                .put("choices", choices(multiple, 5))
                                .put("correctChoiceIds", new JsonArray().add(choice(multiple, 0).toString())
                                        .add(choice(multiple, 1).toString()).add(choice(multiple, 2).toString())))
                        .add(new JsonObject().put("questionId", NUMERIC.toString()).put("type", "numeric")
                                .put("prompt", "pi to two decimals?").put("points", 1)
                                .put("numericAnswer", 3.14).put("tolerance", 0.01))
                        .add(new JsonObject().put("questionId", TEXT.toString()).put("type", "short_text")
                                .put("prompt", "Where do events live?").put("points", 1)
                                .put("acceptedAnswers", new JsonArray().add("caf\u00e9 store"))))
                .put("timeLimitSeconds", timeLimit)
                .put("gracePeriodSeconds", grace)
                .put("maxAttempts", maxAttempts)
                .put("minSecondsBetweenAttempts", minSeconds)
                .put("gradingMethod", method)
                .put("passMark", 0.7)
                .put("shuffleQuestions", true)
                .put("shuffleChoices", true);
    }

    private static JsonArray choices(UUID question, int count) {
        JsonArray choices = new JsonArray();
        for (int i = 0; i < count; i++) {
            choices.add(new JsonObject().put("choiceId", choice(question, i).toString()).put("text", "choice " + i));
        }
        return choices;
    }

    /** The choice ids of a question in a definition, in authored order. */
    static UUID choiceOf(JsonObject definition, UUID question, int index) {
        for (Object item : definition.getJsonArray("questions")) {
            JsonObject json = (JsonObject) item;
            if (json.getString("questionId").equals(question.toString())) {
                return UUID.fromString(json.getJsonArray("choices").getJsonObject(index).getString("choiceId"));
            }
        }
        throw new IllegalArgumentException("no question " + question);
    }

    static Response define(JsonObject definition) {
        return given().auth().oauth2(TestTokens.admin(ADMIN)).contentType(ContentType.JSON)
                .body(definition.encode()).post("/assessments");
    }

    /** Defines it (unique question ids per call) and returns its id. */
    static UUID defined(JsonObject definition) {
        JsonArray questions = definition.getJsonArray("questions");
        for (int i = 0; i < questions.size(); i++) {
            questions.getJsonObject(i).put("questionId", UUID.randomUUID().toString());
        }
        Response response = define(definition);
        if (response.statusCode() != 201) {
            throw new AssertionError("definition refused: " + response.asString());
        }
        return UUID.fromString(response.jsonPath().getString("assessmentId"));
    }

    static UUID questionId(JsonObject definition, int index) {
        return UUID.fromString(definition.getJsonArray("questions").getJsonObject(index).getString("questionId"));
    }

    static Response start(long learner, UUID assessmentId) {
        return given().auth().oauth2(TestTokens.learner(learner)).post("/assessments/{id}/attempts", assessmentId);
    }

    static Response answer(long learner, UUID attemptId, UUID questionId, JsonObject answer) {
        return given().auth().oauth2(TestTokens.learner(learner)).contentType(ContentType.JSON).body(answer.encode())
                .put("/attempts/{attemptId}/answers/{questionId}", attemptId, questionId);
    }

    static Response submit(long learner, UUID attemptId) {
        return given().auth().oauth2(TestTokens.learner(learner)).post("/attempts/{id}/submit", attemptId);
    }

    static Response read(long learner, UUID attemptId) {
        return given().auth().oauth2(TestTokens.learner(learner)).get("/attempts/{id}", attemptId);
    }

    static JsonObject choices(UUID... ids) {
        JsonArray array = new JsonArray();
        for (UUID id : ids) {
            array.add(id.toString());
        }
        return new JsonObject().put("choiceIds", array);
    }

    List<RecordedEvent> stream(String streamId) {
        return store.readStream(streamId).await().atMost(TIMEOUT);
    }

    List<String> types(String streamId) {
        return stream(streamId).stream().map(RecordedEvent::eventType).toList();
    }

    /** A stored event has exactly the data fields of its docs/events.md fixture, and the fixture's metadata fields. */
    static void assertShapedLikeFixture(RecordedEvent event) {
        JsonObject fixture = EventFixtures.data(event.eventType());
        org.assertj.core.api.Assertions.assertThat(event.data().fieldNames()).as(event.eventType())
                .containsExactlyInAnyOrderElementsOf(fixture.fieldNames());
        org.assertj.core.api.Assertions.assertThat(event.metadata().fieldNames()).as(event.eventType() + " metadata")
                .containsAll(EventFixtures.metadata(event.eventType()).fieldNames());
    }

    /**
     * Defines the assessment, attaches it to a new module and unlocks that module for these
     * learners; returns once the gate is known (a gate fails closed until then).
     */
    UUID openedFor(JsonObject definition, long... learners) {
        UUID assessmentId = defined(definition);
        UUID[] courseAndModule = attach(assessmentId);
        for (long learner : learners) {
            unlockModule(learner, courseAndModule[0], courseAndModule[1]);
        }
        academy.testing.Poll.until(TIMEOUT, () -> given().auth().oauth2(TestTokens.learner(learners[0]))
                .get("/assessments/{id}", assessmentId).statusCode() == 200);
        return assessmentId;
    }

    /** course-service's AssessmentAttached for a new course and module. */
    UUID[] attach(UUID assessmentId) {
        UUID courseId = UUID.randomUUID();
        UUID moduleId = UUID.randomUUID();
        JsonObject data = EventFixtures.data("AssessmentAttached").put("courseId", courseId.toString())
                .put("moduleId", moduleId.toString()).put("assessmentId", assessmentId.toString());
        append("course-" + courseId, "AssessmentAttached", data);
        return new UUID[] {courseId, moduleId};
    }

    /** course-service's AssessmentAttached for an existing module: it replaces that module's assessment. */
    void attachTo(UUID assessmentId, UUID courseId, UUID moduleId) {
        JsonObject data = EventFixtures.data("AssessmentAttached").put("courseId", courseId.toString())
                .put("moduleId", moduleId.toString()).put("assessmentId", assessmentId.toString());
        append("course-" + courseId, "AssessmentAttached", data);
    }

    void unlockModule(long userId, UUID courseId, UUID moduleId) {
        JsonObject data = EventFixtures.data("ModuleUnlocked").put("userId", userId)
                .put("courseId", courseId.toString()).put("moduleId", moduleId.toString());
        append("enrollment-" + userId + "-" + courseId, "ModuleUnlocked", data);
    }

    private void append(String stream, String type, JsonObject data) {
        NewEvent event = new NewEvent(EventIds.random(), type, data, EventFixtures.metadata(type));
        store.append(stream, ExpectedVersion.any(), List.of(event)).await().atMost(TIMEOUT);
    }
}
