package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A launcher that fails says why in one line and exits non-zero; it never hangs on a stack trace. */
class AcademyLauncherTest {

    @TempDir
    Path root;

    @Test
    void anUnexpectedErrorIsOneLineAndExitStatusOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AcademyLauncher.report(new NoClassDefFoundError("academy/testing/Ports"),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("academy: unexpected failure: "
                + "java.lang.NoClassDefFoundError: academy/testing/Ports (ACADEMY_DEBUG=1 shows the details)"
                + System.lineSeparator());
    }

    @Test
    void aBadAdminIdStopsUpBeforeAnythingStarts() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = AcademyLauncher.run(new String[] {"up"}, root, Map.of("ACADEMY_ADMIN_IDS", "42,abc"));
        } finally {
            System.setErr(original);
        }

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .startsWith("academy: ACADEMY_ADMIN_IDS='42,abc' is not a comma-separated list of Telegram user ids");
        assertThat(root.resolve(".academy")).doesNotExist();
    }
}
