package academy.user.api;

/** Body of POST /auth/telegram: the Mini App's raw {@code Telegram.WebApp.initData}. */
public record LoginRequest(String initData) {
}
