package academy.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginCommandTest {

    @TempDir
    Path root;

    @Test
    void refusesToSignWhileARealBotTokenIsSet() {
        assertThatThrownBy(() -> LoginCommand.run(root, "42", Map.of("TELEGRAM_BOT_TOKEN", "5768337691:AAH5real")))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("TELEGRAM_BOT_TOKEN is set")
                .hasMessageNotContaining("5768337691");
    }

    @Test
    void asksForAPositiveWholeTelegramUserId() {
        assertThatThrownBy(() -> LoginCommand.run(root, null, Map.of())).hasMessageContaining("usage: ./academy login");
        assertThatThrownBy(() -> LoginCommand.run(root, "abc", Map.of())).hasMessageContaining("positive whole number");
        assertThatThrownBy(() -> LoginCommand.run(root, "-5", Map.of())).hasMessageContaining("positive whole number");
    }
}
