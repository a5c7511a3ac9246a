package academy.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The demo course (resource {@code demo-course.json}), loaded through the services' own HTTP
 * commands as an admin would author it: course, modules, lessons, a quiz per module attached
 * to its module, then publish. Loaded once: skipped when a course of that title exists.
 * Every command carries an Idempotency-Key, so a load interrupted half-way resumes with the
 * same ids when run again.
 */
public final class DemoCourse {

    public static final String RESOURCE = "academy/platform/demo-course.json";
    private static final String KEY_PREFIX = "demo-course-v1";
    private static final Duration ATTACH_WAIT = Duration.ofSeconds(60);

    private final ApiClient admin;
    private final Consumer<String> progress;

    public DemoCourse(ApiClient admin, Consumer<String> progress) {
        this.admin = admin;
        this.progress = progress;
    }

    /** The authored content: modules of lessons, and quizzes with their correct answers. */
    public static JsonObject content() {
        try (InputStream in = DemoCourse.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new PlatformException(RESOURCE + " is missing from the classpath");
            }
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PlatformException("could not read the demo course: " + e.getMessage(), e);
        }
    }

    public static String title() {
        return content().getString("title");
    }

    /** Loads the course unless it is there; returns its id. */
    public String loadOnce() {
        JsonObject course = content();
        Optional<String> existing = findByTitle(admin.get("/courses").expectOk().parsed(), course.getString("title"));
        if (existing.isPresent()) {
            progress.accept("  demo course \"" + course.getString("title") + "\" is already there");
            return existing.get();
        }
        progress.accept("  loading the demo course \"" + course.getString("title") + "\"");
        String courseId = idOf(admin.post("/courses", new JsonObject().put("title", course.getString("title"))
                .put("description", course.getString("description")), KEY_PREFIX + "-course").expectOk(), "courseId");
        JsonArray modules = course.getJsonArray("modules");
        for (int m = 0; m < modules.size(); m++) {
            loadModule(courseId, m + 1, modules.getJsonObject(m));
        }
        admin.post("/courses/" + courseId + "/publish", null, KEY_PREFIX + "-publish").expectOk();
        return courseId;
    }

    private void loadModule(String courseId, int number, JsonObject module) {
        String key = KEY_PREFIX + "-m" + number;
        String moduleId = idOf(admin.post("/courses/" + courseId + "/modules",
                new JsonObject().put("title", module.getString("title")), key).expectOk(), "moduleId");
        JsonArray lessons = module.getJsonArray("lessons");
        for (int l = 0; l < lessons.size(); l++) {
            JsonObject lesson = lessons.getJsonObject(l);
            admin.post("/courses/" + courseId + "/modules/" + moduleId + "/lessons", new JsonObject()
                    .put("title", lesson.getString("title")).put("body", lesson.getString("body"))
                    .put("mediaLinks", lesson.getJsonArray("mediaLinks")).put("xp", lesson.getInteger("xp"))
                    .put("passScore", lesson.getValue("passScore")), key + "-l" + (l + 1)).expectOk();
        }
        String assessmentId = idOf(admin.post("/assessments", definition(number, module.getJsonObject("quiz")),
                key + "-quiz").expectOk(), "assessmentId");
        attachWhenKnown(courseId, moduleId, assessmentId, key + "-attach");
        progress.accept("    module " + number + ": " + module.getString("title") + " (" + lessons.size()
                + " lessons and a quiz)");
    }

    /**
     * course-service learns of assessments from the feed, a moment after assessment-service
     * defined it: until then it answers 422 "no such assessment", so this retries for a while.
     */
    private void attachWhenKnown(String courseId, String moduleId, String assessmentId, String key) {
        long deadline = System.nanoTime() + ATTACH_WAIT.toNanos();
        while (true) {
            ApiClient.Answer answer = admin.put("/courses/" + courseId + "/modules/" + moduleId + "/assessment",
                    new JsonObject().put("assessmentId", assessmentId), key);
            if (answer.status() != 422 || System.nanoTime() > deadline) {
                answer.expectOk();
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException("interrupted while loading the demo course");
            }
        }
    }

    /** The quiz as POST /assessments takes it; ids derived from the position, so a retry sends the same body. */
    static JsonObject definition(int moduleNumber, JsonObject quiz) {
        JsonObject definition = quiz.copy();
        JsonArray questions = new JsonArray();
        JsonArray authored = quiz.getJsonArray("questions");
        for (int q = 0; q < authored.size(); q++) {
            JsonObject question = authored.getJsonObject(q).copy();
            String questionKey = KEY_PREFIX + "/m" + moduleNumber + "/q" + (q + 1);
            question.put("questionId", uuid(questionKey));
            JsonArray choices = question.getJsonArray("choices");
            if (choices != null) {
                JsonArray withIds = new JsonArray();
                JsonArray correct = new JsonArray();
                for (int c = 0; c < choices.size(); c++) {
                    String choiceId = uuid(questionKey + "/c" + (c + 1));
                    withIds.add(new JsonObject().put("choiceId", choiceId).put("text", choices.getJsonObject(c).getString("text")));
                    if (choices.getJsonObject(c).getBoolean("correct", false)) {
                        correct.add(choiceId);
                    }
                }
                question.put("choices", withIds).put("correctChoiceIds", correct);
            }
            questions.add(question);
        }
        return definition.put("questions", questions);
    }

    static Optional<String> findByTitle(Object listing, String title) {
        JsonArray courses = listing instanceof JsonArray array ? array
                : listing instanceof JsonObject object ? firstArray(object) : new JsonArray();
        for (int i = 0; i < courses.size(); i++) {
            if (courses.getValue(i) instanceof JsonObject course && title.equals(course.getString("title"))) {
                return Optional.ofNullable(course.getString("courseId", course.getString("id")));
            }
        }
        return Optional.empty();
    }

    private static JsonArray firstArray(JsonObject object) {
        for (String field : new String[] {"courses", "items", "content"}) {
            if (object.getValue(field) instanceof JsonArray array) {
                return array;
            }
        }
        return new JsonArray();
    }

    private static String idOf(ApiClient.Answer answer, String field) {
        JsonObject body = answer.json();
        String id = body.getString(field, body.getString("id"));
        if (id == null) {
            throw new PlatformException(answer.method() + " " + answer.path() + " answered without " + field + ": " + answer.body());
        }
        return id;
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
