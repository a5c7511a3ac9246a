package academy.course.api;

import static io.restassured.RestAssured.given;

import academy.testing.AcademyTestResource;
import academy.testing.ReadAfterRule;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ReadAfterTest {

    @Test
    void everyReadRouteFollowsTheOneRuleForAfter() {
        var course = Authoring.publishedCourse();
        String learner = TestTokens.learner(70_001L);
        ReadAfterRule.assertFollowedBy(() -> given(), "/courses");
        ReadAfterRule.assertFollowedBy(() -> given(), "/courses/" + course.courseId());
        ReadAfterRule.assertFollowedBy(() -> given().auth().oauth2(learner),
                "/courses/" + course.courseId() + "/lessons/" + course.l1());
    }

    @Test
    void aLessonWithoutATokenIsRefusedBeforeAfterIsRead() {
        var course = Authoring.publishedCourse();
        given().queryParam("after", "abc").get("/courses/" + course.courseId() + "/lessons/" + course.l1())
                .then().statusCode(401);
    }
}
