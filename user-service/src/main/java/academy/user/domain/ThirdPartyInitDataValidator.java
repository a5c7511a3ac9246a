package academy.user.domain;

import academy.user.domain.InitDataRejected.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Third-party validation of Telegram Mini App init data, for deployments that do not hold the
 * bot token: the Ed25519 {@code signature} Telegram adds, over {@code "<botId>:WebAppData\n"}
 * and the sorted {@code key=value} lines without {@code hash} and {@code signature}, verified
 * with Telegram's public key. The same parsing and {@code auth_date} rules as the HMAC check.
 */
public final class ThirdPartyInitDataValidator {

    /** Telegram's published key for the production environment (hex, raw 32 bytes). */
    public static final String PRODUCTION_KEY = "e7bf03a2fa4602af4580703d88dda5bb59f32ed8b02a56c187fe7d34caed242d";
    /** Telegram's published key for the test environment. */
    public static final String TEST_KEY = "40055058a4ee38156a06562e52eece92a771bcd8346a8c4615cb7376eddf72ec";

    // The DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519; the raw key follows it.
    private static final byte[] X509_ED25519_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03,
            0x21, 0x00};
    private static final int KEY_LENGTH = 32;
    private static final int SIGNATURE_LENGTH = 64;

    private final long botId;
    private final PublicKey telegramKey;
    private final Duration maxAge;

    /**
     * @param botId the bot whose init data this is (the number before the colon of its token)
     * @param publicKeyHex Telegram's Ed25519 public key, raw 32 bytes as hex
     * @param maxAge oldest accepted init data; zero or negative turns the age check off
     */
    public ThirdPartyInitDataValidator(long botId, String publicKeyHex, Duration maxAge) {
        if (botId <= 0) {
            throw new IllegalArgumentException("a bot id is required");
        }
        this.botId = botId;
        this.telegramKey = publicKey(publicKeyHex);
        this.maxAge = maxAge;
    }

    public VerifiedInitData validate(String initData, Instant now) {
        if (initData == null || initData.isBlank()) {
            throw new InitDataRejected(Reason.EMPTY);
        }
        Map<String, String> fields = InitDataValidator.parse(initData);
        fields.remove("hash");
        String signature = fields.remove("signature");
        if (signature == null || signature.isEmpty()) {
            throw new InitDataRejected(Reason.MISSING_SIGNATURE);
        }
        String signed = botId + ":WebAppData\n" + InitDataValidator.dataCheckString(fields);
        if (!verifies(signed.getBytes(StandardCharsets.UTF_8), base64Url(signature))) {
            throw new InitDataRejected(Reason.SIGNATURE_MISMATCH);
        }
        Instant authDate = InitDataValidator.authDate(fields.get("auth_date"));
        InitDataValidator.checkAge(authDate, now, maxAge);
        return new VerifiedInitData(fields, authDate);
    }

    private boolean verifies(byte[] message, byte[] signature) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(telegramKey);
            ed25519.update(message);
            return ed25519.verify(signature);
        } catch (GeneralSecurityException malformed) {
            return false;
        }
    }

    private static byte[] base64Url(String signature) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(signature);
            if (bytes.length != SIGNATURE_LENGTH) {
                throw new InitDataRejected(Reason.SIGNATURE_MISMATCH);
            }
            return bytes;
        } catch (IllegalArgumentException notBase64Url) {
            throw new InitDataRejected(Reason.SIGNATURE_MISMATCH);
        }
    }

    static PublicKey publicKey(String hex) {
        if (hex == null || !hex.matches("[0-9a-fA-F]{" + (KEY_LENGTH * 2) + "}")) {
            throw new IllegalArgumentException("Telegram's public key must be 32 bytes of hex");
        }
        byte[] encoded = new byte[X509_ED25519_PREFIX.length + KEY_LENGTH];
        System.arraycopy(X509_ED25519_PREFIX, 0, encoded, 0, X509_ED25519_PREFIX.length);
        for (int i = 0; i < KEY_LENGTH; i++) {
            encoded[X509_ED25519_PREFIX.length + i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }
}
