package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoCourseTest {

    private final JsonObject course = DemoCourse.content();

    @Test
    void isASmallRealCourseOfThreeModulesWithLessonsAndAQuizEach() {
        assertThat(course.getString("title")).isEqualTo("Event Sourcing Basics");
        JsonArray modules = course.getJsonArray("modules");
        assertThat(modules).hasSize(3);
        for (Object value : modules) {
            JsonObject module = (JsonObject) value;
            assertThat(module.getJsonArray("lessons").size()).isGreaterThanOrEqualTo(3);
            for (Object lesson : module.getJsonArray("lessons")) {
                JsonObject l = (JsonObject) lesson;
                assertThat(l.getString("body")).startsWith("# ").hasSizeGreaterThan(300);
                assertThat(l.getInteger("xp")).isPositive();
                assertThat(l.getDouble("passScore")).isBetween(0.0, 1.0);
                assertThat(l.getJsonArray("mediaLinks")).allMatch(link -> link.toString().startsWith("https://"));
            }
            assertThat(module.getJsonObject("quiz").getJsonArray("questions").size()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void definesEachQuizWithStableIdsAndTheCorrectChoicesMarked() {
        JsonObject quiz = course.getJsonArray("modules").getJsonObject(0).getJsonObject("quiz");
        JsonObject definition = DemoCourse.definition(1, quiz);

        assertThat(DemoCourse.definition(1, quiz)).isEqualTo(definition);
        JsonObject first = definition.getJsonArray("questions").getJsonObject(0);
        assertThat(first.getString("questionId")).isNotBlank();
        JsonArray choices = first.getJsonArray("choices");
        assertThat(choices.getJsonObject(0).fieldNames()).containsExactlyInAnyOrder("choiceId", "text");
        assertThat(first.getJsonArray("correctChoiceIds")).containsExactly(choices.getJsonObject(1).getString("choiceId"));
        assertThat(DemoCourse.definition(2, quiz).getJsonArray("questions").getJsonObject(0).getString("questionId"))
                .isNotEqualTo(first.getString("questionId"));
        assertThat(definition.fieldNames()).contains("title", "questions", "timeLimitSeconds", "passMark");
    }

    @Test
    void findsAnExistingCourseByTitleInTheCatalogue() {
        JsonObject catalogue = new JsonObject().put("courses", new JsonArray()
                .add(new JsonObject().put("courseId", "c-1").put("title", "Other"))
                .add(new JsonObject().put("courseId", "c-2").put("title", "Event Sourcing Basics")));

        assertThat(DemoCourse.findByTitle(catalogue, "Event Sourcing Basics")).isEqualTo(Optional.of("c-2"));
        assertThat(DemoCourse.findByTitle(catalogue, "Missing")).isEmpty();
    }
}
