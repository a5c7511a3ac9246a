package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gateway routes by k8s/routes.yaml, the table both Ingresses follow. */
class RouteTableTest {

    private final RouteTable table = RouteTable.load();

    @Test
    void routesEveryPrefixOfTheContractToItsService() {
        Map<String, AcademyService> contract = Map.ofEntries(
                Map.entry("/auth/telegram", AcademyService.USER),
                Map.entry("/users/me", AcademyService.USER),
                Map.entry("/courses", AcademyService.COURSE),
                Map.entry("/courses/6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b/enrollment", AcademyService.COURSE),
                Map.entry("/lessons/progress/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", AcademyService.LEARNING),
                Map.entry("/assessments", AcademyService.ASSESSMENT),
                Map.entry("/attempts/e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b/submit", AcademyService.ASSESSMENT),
                Map.entry("/dashboard", AcademyService.PROJECTOR),
                Map.entry("/progress/summary", AcademyService.PROJECTOR),
                Map.entry("/leaderboard", AcademyService.PROJECTOR),
                Map.entry("/activities", AcademyService.PROJECTOR),
                Map.entry("/projections/dead-letters", AcademyService.PROJECTOR));
        contract.forEach((path, service) -> assertThat(table.serviceFor(path)).as(path).contains(service));
        assertThat(table.routes()).hasSize(12);
    }

    @Test
    void matchesWholePathSegmentsOnlyAndLeavesTheRestToTheMiniApp() {
        assertThat(table.serviceFor("/coursesextra")).contains(AcademyService.MINI_APP);
        assertThat(table.serviceFor("/")).contains(AcademyService.MINI_APP);
        assertThat(table.serviceFor("/index.html")).contains(AcademyService.MINI_APP);
        assertThat(table.serviceFor("/js/app.js")).contains(AcademyService.MINI_APP);
        assertThat(table.routes().get(table.routes().size() - 1).prefix()).as("the catch-all is tried last").isEqualTo("/");
    }

    @Test
    void refusesATableNamingAnUnknownService() {
        Object document = Map.of("routes", List.of(Map.of("prefix", "/billing", "service", "billing-service")));
        assertThatThrownBy(() -> RouteTable.parse(document)).isInstanceOf(PlatformException.class)
                .hasMessageContaining("billing-service");
    }
}
