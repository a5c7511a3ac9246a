package academy.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A URL that opens the Mini App as Telegram's web clients open it: the launch parameters in the
 * fragment ({@code #tgWebAppData=...&tgWebAppThemeParams=...}), never sent to a server.
 */
public final class MiniAppLink {

    /** Telegram's default light theme colours (the subset the Mini App reads). */
    public static final String LIGHT_THEME = "{\"bg_color\":\"#ffffff\",\"text_color\":\"#000000\",\"hint_color\":\"#707579\","
            + "\"link_color\":\"#3390ec\",\"button_color\":\"#3390ec\",\"button_text_color\":\"#ffffff\","
            + "\"secondary_bg_color\":\"#f4f4f5\"}";
    /** Telegram's night theme colours. */
    public static final String DARK_THEME = "{\"bg_color\":\"#212121\",\"text_color\":\"#ffffff\",\"hint_color\":\"#aaaaaa\","
            + "\"link_color\":\"#8774e1\",\"button_color\":\"#8774e1\",\"button_text_color\":\"#ffffff\","
            + "\"secondary_bg_color\":\"#181818\"}";

    private MiniAppLink() {
    }

    public static String of(String gatewayUrl, String initData, String themeJson) {
        return gatewayUrl + "/#tgWebAppData=" + encode(initData) + "&tgWebAppVersion=8.0&tgWebAppPlatform=web"
                + "&tgWebAppThemeParams=" + encode(themeJson);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
