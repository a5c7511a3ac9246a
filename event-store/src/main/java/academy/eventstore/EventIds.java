package academy.eventstore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** Deterministic event ids (UUIDv5), so a retried command or a redelivered reaction appends nothing new. */
public final class EventIds {

    /** Namespace of every academy event id. */
    public static final UUID NAMESPACE = UUID.fromString("5a0c1f7e-2b9d-4c61-9a0e-7d3f8e4b2c10");

    private EventIds() {
    }

    /** Id of the {@code index}-th event of a command sent with an Idempotency-Key. */
    public static UUID forCommand(String userId, String route, String idempotencyKey, int index) {
        return nameBased("command\n" + userId + "\n" + route + "\n" + idempotencyKey + "\n" + index);
    }

    /** Id of the {@code index}-th event a reaction appends because of {@code sourceEventId}. */
    public static UUID forReaction(UUID sourceEventId, String reaction, int index) {
        return nameBased("reaction\n" + sourceEventId + "\n" + reaction + "\n" + index);
    }

    public static UUID random() {
        return UUID.randomUUID();
    }

    /** RFC 4122 version 5 (SHA-1) UUID of {@code name} in {@link #NAMESPACE}. */
    public static UUID nameBased(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer namespace = ByteBuffer.allocate(16)
                    .putLong(NAMESPACE.getMostSignificantBits())
                    .putLong(NAMESPACE.getLeastSignificantBits());
            sha1.update(namespace.array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
