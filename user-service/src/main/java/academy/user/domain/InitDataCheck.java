package academy.user.domain;

import java.time.Instant;

/** A way to prove Telegram init data: the bot token's HMAC, or Telegram's Ed25519 signature (third party). */
@FunctionalInterface
public interface InitDataCheck {

    VerifiedInitData validate(String initData, Instant now);
}
