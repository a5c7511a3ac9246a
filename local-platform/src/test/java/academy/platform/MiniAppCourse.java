package academy.platform;

import academy.testing.Poll;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The browser test's own course, authored over HTTP as an admin: module 1 (two lessons and a quiz
 * of the four question types), module 2 (one lesson and a quiz of ten seconds, to be let run out).
 */
final class MiniAppCourse {

    static final String TITLE = "Browser Basics";
    static final String LESSON_ONE_BODY = "## Facts, not state\n\nAn **event** is a fact that already happened.\n\n"
            + "- named in the past tense\n- never changed\n\n<script>document.title = 'hacked'</script>\n\n"
            + "[a link that must not run](javascript:alert(1))";
    static final int QUIZ_TWO_SECONDS = 10;

    final String courseId;
    final String moduleOne;
    final String moduleTwo;
    final List<String> lessons;
    final String quizOne;
    final String quizTwo;

    private MiniAppCourse(String courseId, String moduleOne, String moduleTwo, List<String> lessons, String quizOne,
            String quizTwo) {
        this.courseId = courseId;
        this.moduleOne = moduleOne;
        this.moduleTwo = moduleTwo;
        this.lessons = lessons;
        this.quizOne = quizOne;
        this.quizTwo = quizTwo;
    }

    static MiniAppCourse author(ApiClient admin) {
        String courseId = admin.post("/courses", new JsonObject().put("title", TITLE)
                .put("description", "Events, streams and projections, tried in a real browser."), key()).expectOk()
                .json().getString("courseId");
        String moduleOne = module(admin, courseId, "Facts and streams");
        String l1 = lesson(admin, courseId, moduleOne, "What a fact is", LESSON_ONE_BODY, 50);
        String l2 = lesson(admin, courseId, moduleOne, "Streams", "# Streams\n\nOne stream per aggregate.", 30);
        String moduleTwo = module(admin, courseId, "Projections");
        String l3 = lesson(admin, courseId, moduleTwo, "Read models", "# Read models\n\nBuilt from the feed.", 20);
        String quizOne = quiz(admin, new JsonObject().put("title", "Facts and streams: quiz").put("passMark", 0.75)
                .put("timeLimitSeconds", 300).put("maxAttempts", 3).put("questions", new JsonArray()
                        .add(choice("single_choice", "Can a stored event be changed?", List.of("Yes", "No"), List.of(1)))
                        .add(choice("multiple_choice", "Which are event names?",
                                List.of("LessonCompleted", "CompleteLesson", "Enrolled"), List.of(0, 2)))
                        .add(new JsonObject().put("type", "numeric").put("prompt", "Six times seven?")
                                .put("numericAnswer", 42).put("tolerance", 0))
                        .add(new JsonObject().put("type", "short_text").put("prompt", "What guards a concurrent append? (one word)")
                                .put("acceptedAnswers", new JsonArray().add("version")))));
        String quizTwo = quiz(admin, new JsonObject().put("title", "Projections: quick quiz").put("passMark", 0.5)
                .put("timeLimitSeconds", QUIZ_TWO_SECONDS).put("maxAttempts", 2).put("questions", new JsonArray()
                        .add(choice("single_choice", "Where do read models come from?", List.of("The feed", "Guesswork"),
                                List.of(0)))));
        attach(admin, courseId, moduleOne, quizOne);
        attach(admin, courseId, moduleTwo, quizTwo);
        admin.post("/courses/" + courseId + "/publish", null, key()).expectOk();
        return new MiniAppCourse(courseId, moduleOne, moduleTwo, List.of(l1, l2, l3), quizOne, quizTwo);
    }

    private static String module(ApiClient admin, String courseId, String title) {
        return admin.post("/courses/" + courseId + "/modules", new JsonObject().put("title", title), key()).expectOk()
                .json().getString("moduleId");
    }

    private static String lesson(ApiClient admin, String courseId, String moduleId, String title, String body, int xp) {
        return admin.post("/courses/" + courseId + "/modules/" + moduleId + "/lessons", new JsonObject().put("title", title)
                .put("body", body).put("mediaLinks", new JsonArray()).put("xp", xp).put("passScore", 0.7), key())
                .expectOk().json().getString("lessonId");
    }

    private static JsonObject choice(String type, String prompt, List<String> texts, List<Integer> correct) {
        JsonArray choices = new JsonArray();
        JsonArray correctIds = new JsonArray();
        for (int i = 0; i < texts.size(); i++) {
            String id = UUID.randomUUID().toString();
            choices.add(new JsonObject().put("choiceId", id).put("text", texts.get(i)));
            if (correct.contains(i)) {
                correctIds.add(id);
            }
        }
        return new JsonObject().put("type", type).put("prompt", prompt).put("choices", choices)
                .put("correctChoiceIds", correctIds);
    }

    private static String quiz(ApiClient admin, JsonObject definition) {
        return admin.post("/assessments", definition, key()).expectOk().json().getString("assessmentId");
    }

    /** course-service learns of a quiz from the feed a moment after it is defined: 422 until then. */
    private static void attach(ApiClient admin, String courseId, String moduleId, String assessmentId) {
        String key = key();
        String path = "/courses/" + courseId + "/modules/" + moduleId + "/assessment";
        JsonObject body = new JsonObject().put("assessmentId", assessmentId);
        Poll.until(Duration.ofSeconds(60), () -> admin.put(path, body, key).status() != 422);
        admin.put(path, body, key).expectOk();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
