package academy.course.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.testing.fuzz.RouteFuzzer;
import academy.testing.fuzz.Routes;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every course-service route, from its JAX-RS resources, under the hostile catalogue. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class RouteFuzzTest {

    @Test
    void noRouteAnswersA5xxOrABareRefusalAndTheCatalogueStillServes() {
        Authoring.PublishedCourse course = Authoring.publishedCourse();
        RouteFuzzer fuzzer = RouteFuzzer.of(Routes.under(CourseResource.class, "academy.course.api"))
                .token(Authoring::admin)
                .pathValue("courseId", course.courseId().toString()).pathValue("moduleId", course.m1().toString())
                .pathValue("lessonId", course.l1().toString());
        assertThat(fuzzer.routes()).hasSizeGreaterThanOrEqualTo(10);

        assertThat(fuzzer.run()).as("findings over " + fuzzer.requests() + " requests").isEmpty();

        given().auth().oauth2(Authoring.admin()).get("/courses/" + course.courseId()).then().statusCode(200);
        given().get("/health").then().statusCode(200);
    }
}
