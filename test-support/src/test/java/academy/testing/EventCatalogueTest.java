package academy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/events.md and the JSON fixtures say the same thing, and cover every event of the contract. */
class EventCatalogueTest {

    static final List<String> CONTRACT = List.of(
            "UserRegistered", "ProfileUpdated", "StreakExtended", "StreakFreezeEarned", "StreakFreezeUsed", "StreakReset",
            "UserErased", "CourseCreated", "ModuleAdded", "LessonAdded", "LessonUpdated", "AssessmentAttached",
            "CoursePublished", "CourseUnpublished", "Enrolled", "LessonUnlocked", "ModuleUnlocked", "ModuleCompleted",
            "CourseCompleted", "LessonStarted", "LessonProgressRecorded", "LessonCompleted", "AssessmentDefined",
            "AttemptStarted", "AssessmentPassed", "AssessmentFailed", "AnswerRecorded", "AttemptSubmitted", "AttemptScored");

    @Test
    void everyExampleInTheCatalogueIsItsEventsFixture() throws IOException {
        List<JsonObject> examples = examples();
        assertThat(examples).extracting(e -> e.getString("eventType")).containsExactlyInAnyOrderElementsOf(CONTRACT);
        for (JsonObject example : examples) {
            assertThat(EventFixtures.fixture(example.getString("eventType")))
                    .as(example.getString("eventType"))
                    .isEqualTo(example);
        }
    }

    @Test
    void everyFixtureCarriesItsStreamDataAndSchemaVersion() {
        for (String type : CONTRACT) {
            JsonObject fixture = EventFixtures.fixture(type);
            assertThat(fixture.getString("streamId")).as(type).isNotBlank();
            assertThat(fixture.getJsonObject("data")).as(type).isNotEmpty();
            assertThat(fixture.getJsonObject("metadata").getInteger("schemaVersion")).as(type).isEqualTo(1);
        }
    }

    private static List<JsonObject> examples() throws IOException {
        String catalogue = Files.readString(Path.of("..", "docs", "events.md"));
        Matcher blocks = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(catalogue);
        List<JsonObject> examples = new ArrayList<>();
        while (blocks.find()) {
            examples.add(new JsonObject(blocks.group(1)));
        }
        return examples;
    }
}
