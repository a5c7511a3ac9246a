package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code ./academy up} makes of its environment: admins and the services' JVM options. */
class PlatformOptionsTest {

    private static final Path ROOT = Path.of("/tmp/academy-options-test");
    private static final String REAL_BOT = "5768337691:AAH5realtoken";

    @Test
    void withoutAdminIdsTheDevelopmentAdminIsUserOne() {
        assertThat(options(Map.of()).adminIds()).containsExactly(1L);
        assertThat(options(Map.of("ACADEMY_ADMIN_IDS", "  ")).adminIds()).containsExactly(1L);
    }

    @Test
    void withARealBotTokenAndNoAdminIdsNobodyIsAdmin() {
        assertThat(options(Map.of("TELEGRAM_BOT_TOKEN", REAL_BOT)).adminIds()).isEmpty();
    }

    @Test
    void adminIdsAreHonouredWithEitherBotToken() {
        assertThat(options(Map.of("ACADEMY_ADMIN_IDS", "123456789")).adminIds()).containsExactly(123456789L);
        assertThat(options(Map.of("ACADEMY_ADMIN_IDS", "123456789, 987654321", "TELEGRAM_BOT_TOKEN", REAL_BOT)).adminIds())
                .containsExactly(123456789L, 987654321L);
        assertThat(options(Map.of("ACADEMY_ADMIN_IDS", "7,7")).adminIds()).containsExactly(7L);
    }

    @Test
    void theServicesGetTheAdminIdsInTheVariableTheyReadOnKubernetes(@TempDir Path keys) {
        PlatformOptions options = options(Map.of("ACADEMY_ADMIN_IDS", "123456789,42"));
        Map<String, String> env = ServiceEnvironment.of(AcademyService.COURSE, options, "postgresql://db", "redis://r",
                DevKeys.inFolder(keys), "bot");
        assertThat(env).containsEntry("ACADEMY_ADMIN_IDS", "123456789,42");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-5", "1,,2", "1,", ",1", "0", "12a", "1;2", "99999999999999999999", "1.5"})
    void badAdminIdsStopTheStartWithOneLineNamingTheVariable(String value) {
        assertThatThrownBy(() -> options(Map.of("ACADEMY_ADMIN_IDS", value)))
                .isInstanceOf(PlatformException.class)
                .hasMessageStartingWith("ACADEMY_ADMIN_IDS='" + value + "' is not a comma-separated list of Telegram user ids")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aLineBreakInTheValueDoesNotBreakTheLine() {
        assertThatThrownBy(() -> options(Map.of("ACADEMY_ADMIN_IDS", "1\n2"))).hasMessageNotContaining("\n");
    }

    @Test
    void theServicesRunTheImagesJvmOptionsWithC2() {
        PlatformOptions options = options(Map.of());
        assertThat(options.javaOptions()).isEqualTo(ServiceJvm.defaults())
                .contains("-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError")
                .anyMatch(option -> option.matches("-Xmx[0-9]+m"))
                .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void fastStartIsAnOptionNamedAsSuch() {
        assertThat(options(Map.of("ACADEMY_FAST_START", "1")).javaOptions()).endsWith("-XX:TieredStopAtLevel=1")
                .containsAll(ServiceJvm.defaults());
        assertThat(options(Map.of("ACADEMY_FAST_START", "0")).javaOptions()).isEqualTo(ServiceJvm.defaults());
        assertThatThrownBy(() -> options(Map.of("ACADEMY_FAST_START", "yes please")))
                .hasMessageContaining("ACADEMY_FAST_START must be 1 (on) or 0 (off)");
    }

    @Test
    void academyJavaOptsReplacesTheDefaults() {
        assertThat(options(Map.of("ACADEMY_JAVA_OPTS", " -Xmx200m  -XX:+UseParallelGC ")).javaOptions())
                .containsExactly("-Xmx200m", "-XX:+UseParallelGC");
    }

    private static PlatformOptions options(Map<String, String> env) {
        return PlatformOptions.fromEnvironment(ROOT, env);
    }
}
