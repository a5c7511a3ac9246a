package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ./academy login's link: launch parameters in the fragment, as Telegram's web clients pass them. */
class MiniAppLinkTest {

    @Test
    void theFragmentCarriesTheSignedInitDataAndTheThemeExactly() {
        String initData = TelegramInitData.signed("123456:AAdev", 42, Instant.parse("2026-12-04T10:00:00Z"), "ru");
        URI link = URI.create(MiniAppLink.of("http://127.0.0.1:8080", initData, MiniAppLink.DARK_THEME));

        assertThat(link.getPath()).isEqualTo("/");
        assertThat(link.getRawQuery()).as("nothing of the launch reaches a server").isNull();
        Map<String, String> fragment = new LinkedHashMap<>();
        for (String pair : link.getRawFragment().split("&")) {
            int equals = pair.indexOf('=');
            fragment.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        assertThat(fragment).containsEntry("tgWebAppData", initData).containsEntry("tgWebAppThemeParams", MiniAppLink.DARK_THEME)
                .containsEntry("tgWebAppPlatform", "web").containsKey("tgWebAppVersion");
        assertThat(initData).contains("language_code%22%3A%22ru").contains("&hash=");
    }
}
