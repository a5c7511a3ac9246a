package academy.user.domain;

/** Lower- or upper-case hex of a SHA-256 digest; anything else is a malformed hash, never a crash. */
final class Hex {

    private static final int DIGEST_LENGTH = 32;

    private Hex() {
    }

    static byte[] decode(String hex) {
        if (hex.length() != DIGEST_LENGTH * 2) {
            throw new InitDataRejected(InitDataRejected.Reason.MALFORMED_HASH);
        }
        byte[] bytes = new byte[DIGEST_LENGTH];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ((digit(hex.charAt(2 * i)) << 4) | digit(hex.charAt(2 * i + 1)));
        }
        return bytes;
    }

    static String encode(byte[] bytes) {
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw new InitDataRejected(InitDataRejected.Reason.MALFORMED_HASH);
    }
}
