package academy.projector.leaderboard.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a leaderboard shows for another learner: an anonymous label, stable per learner, that
 * does not give away their Telegram id ("Learner #3fa9c1"). The label is a keyed hash (HMAC-SHA256
 * with a deployment secret), so it cannot be reversed by hashing every possible id.
 */
public final class DisplayNames {

    private final SecretKeySpec key;

    public DisplayNames(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String of(long userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(userId).array());
            return "Learner #" + HexFormat.of().formatHex(digest, 0, 3);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
