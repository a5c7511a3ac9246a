package academy.user.api;

import static io.restassured.RestAssured.given;

import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import academy.user.support.Logins;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class JwtApiTest {

    @Test
    void no_token_is_401() {
        given().get("/users/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void an_expired_token_is_401() {
        given().auth().oauth2(TestTokens.expired(Logins.newUserId())).get("/users/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_token_signed_with_an_unknown_key_is_401() {
        given().auth().oauth2(TestTokens.signedWithUnknownKey(Logins.newUserId())).get("/users/me")
                .then().statusCode(401);
    }

    @Test
    void an_unsigned_alg_none_token_is_401() {
        given().auth().oauth2(TestTokens.unsigned(Logins.ADMIN_ID)).get("/users/{id}", Logins.ADMIN_ID)
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.unsigned(Logins.newUserId())).get("/users/me").then().statusCode(401);
    }

    @Test
    void a_token_with_a_tampered_payload_is_401() {
        long userId = Logins.newUserId();
        String token = Logins.token(userId);

        given().auth().oauth2(TestTokens.tampered(token, Logins.newUserId())).get("/users/me").then().statusCode(401);
    }

    @Test
    void a_learner_on_an_admin_route_is_403() {
        long userId = Logins.newUserId();
        String token = Logins.token(userId);

        given().auth().oauth2(token).get("/users/{id}", userId)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void an_admin_reads_any_learner_and_an_unknown_one_is_404() {
        long userId = Logins.newUserId();
        Logins.login(userId, "Ada");

        given().auth().oauth2(TestTokens.admin(1L)).get("/users/{id}", userId).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin(1L)).get("/users/{id}", Logins.newUserId()).then().statusCode(404);
        given().auth().oauth2(TestTokens.admin(1L)).get("/users/not-a-number").then().statusCode(404);
    }
}
