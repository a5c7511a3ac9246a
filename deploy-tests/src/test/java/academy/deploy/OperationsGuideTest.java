package academy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** docs/operations.md holds what an operator needs on a bad day, and says nothing the manifests contradict. */
class OperationsGuideTest {

    private static final String GUIDE = Manifests.read(Manifests.ROOT.resolve("docs/operations.md"));

    @Test
    void theGuideHasUpgradeRollbackBackupAndRestore() {
        assertThat(GUIDE).contains("## Upgrades and rollback", "helm rollback", "expand", "## Backup and restore",
                "### Restore", "rebase-transaction-ids.sql", "create job --from=cronjob/backup");
    }

    @Test
    void theGuideSaysHowToGetAnAdminTokenInProduction() {
        assertThat(GUIDE).contains("An admin JWT in production", "ACADEMY_ADMIN_IDS", "POST https://academy.example.com/auth/telegram");
    }

    @Test
    void theGuideNeverRecommendsReuseValues() {
        GUIDE.lines().filter(line -> line.contains("--reuse-values"))
                .forEach(line -> assertThat(line.toLowerCase()).as(line).containsAnyOf("not", "never"));
    }

    @Test
    void healthIsNotPromisedThroughTheIngress() {
        // The Ingress routes the API paths of k8s/routes.yaml; /health is per service.
        assertThat(Route.table()).noneMatch(route -> route.prefix().equals("/health"));
        assertThat(GUIDE).doesNotContain("`GET /health` through the ingress");
    }

    @Test
    void activeStreaksAreNamedAsProjectorServicesMetric() {
        String row = GUIDE.lines().filter(line -> line.startsWith("| `academy_active_streaks`")).findFirst().orElseThrow();
        assertThat(row).contains("projector-service").doesNotContain("user-service");
    }
}
