package academy.course.api;

import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = academy.testing.AcademyTestResource.class, restrictToAnnotatedClass = false)
class ConcurrentAuthoringTest {

    private static final int ROUNDS = 6;

    @Test
    void two_admins_adding_lessons_to_one_module_at_once_never_lose_a_lesson() throws Exception {
        UUID courseId = Authoring.createCourse("Busy");
        UUID moduleId = Authoring.addModule(courseId, "Shared");
        String path = "/courses/" + courseId + "/modules/" + moduleId + "/lessons";
        List<String> tokens = List.of(TestTokens.admin(1001L), TestTokens.admin(1002L));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> created = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
                for (int admin = 0; admin < 2; admin++) {
                    String token = tokens.get(admin);
                    String title = "round " + round + " admin " + admin;
                    answers.add(pool.submit(() -> {
                        start.await();
                        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                                .body(Authoring.lesson(title)).post(path);
                    }));
                }
                start.countDown();
                for (Future<io.restassured.response.Response> answer : answers) {
                    io.restassured.response.Response response = answer.get();
                    assertThat(response.statusCode()).isIn(201, 409);
                    if (response.statusCode() == 201) {
                        created.add(response.jsonPath().getString("lessonId"));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        var structure = RestAssured.given().auth().oauth2(Authoring.admin()).get("/courses/" + courseId)
                .then().statusCode(200).extract().jsonPath();
        List<String> stored = structure.getList("modules[0].lessons.lessonId");
        List<Integer> positions = structure.getList("modules[0].lessons.position");
        assertThat(stored).containsExactlyInAnyOrderElementsOf(created);
        assertThat(created.size()).isGreaterThanOrEqualTo(ROUNDS);
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= stored.size(); i++) {
            expected.add(i);
        }
        assertThat(positions).containsExactlyElementsOf(expected);
    }
}
