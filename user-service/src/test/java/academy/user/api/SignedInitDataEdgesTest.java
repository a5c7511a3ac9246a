package academy.user.api;

import static academy.testing.HostileRequests.assertNamesField;
import static academy.testing.HostileRequests.assertRefused;
import static io.restassured.RestAssured.given;

import academy.testing.AcademyTestResource;
import academy.testing.HostileRequests;
import academy.user.support.InitDataSigner;
import academy.user.support.Logins;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Init data correctly signed with the bot token, whose content still must not be taken as it is. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class SignedInitDataEdgesTest {

    private static String signed(String userJson, String authDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("query_id", "AAHdF6IQAAAAAN0XohDhrOrc");
        fields.put("user", userJson);
        fields.put("auth_date", authDate);
        return InitDataSigner.signed(Logins.BOT_TOKEN, fields);
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    @Test
    void aSecondIdOrAnythingAfterTheUserObjectIsRefusedAndSignsNobodyIn() {
        long id = Logins.newUserId();
        HostileRequests.changesNothing(() -> {
            assertRefused("duplicate id", Logins.post(signed("{\"id\":" + id + ",\"first_name\":\"Eve\",\"id\":"
                    + Logins.ADMIN_ID + "}", now())), 401);
            assertRefused("duplicate first_name", Logins.post(signed("{\"id\":" + id + ",\"first_name\":\"A\",\"first_name\":\"B\"}",
                    now())), 401);
            assertRefused("trailing garbage", Logins.post(signed("{\"id\":" + id + ",\"first_name\":\"Eve\"} {\"id\":1}", now())), 401);
            assertRefused("trailing text", Logins.post(signed("{\"id\":" + id + ",\"first_name\":\"Eve\"}xyz", now())), 401);
        });
    }

    @Test
    void anAuthDateBeyondAnyInstantIs401NotA500() {
        long id = Logins.newUserId();
        for (String authDate : new String[] {"999999999999999999", "99999999999", "31556889864403200"}) {
            assertRefused("auth_date " + authDate, Logins.post(signed("{\"id\":" + id + ",\"first_name\":\"Eve\"}", authDate)), 401);
        }
    }

    @Test
    void namesPostgresqlCannotStoreAre422NamingTheField() {
        long id = Logins.newUserId();
        HostileRequests.changesNothing(() -> {
            assertNamesField("NUL first name", Logins.post(signed("{\"id\":" + id + ",\"first_name\":\"E\\u0000ve\"}", now())),
                    "initData.user.first_name");
            assertNamesField("lone surrogate username", Logins.post(signed("{\"id\":" + id
                    + ",\"first_name\":\"Eve\",\"username\":\"\\ud800x\"}", now())), "initData.user.username");
        });
        given().contentType("application/json").body("{\"initData\":\"x\",\"initData\":\"y\"}").post("/auth/telegram")
                .then().statusCode(400).contentType("application/problem+json");
        Logins.post(signed("{\"id\":" + id + ",\"first_name\":\"Ève 😀\"}", now())).then().statusCode(200);
    }
}
