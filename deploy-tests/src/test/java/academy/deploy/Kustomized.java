package academy.deploy;

import java.util.regex.Pattern;

/** Names as kustomize writes them for generated ConfigMaps and Secrets. */
final class Kustomized {

    // kustomize's content hash: 10 characters of its hex-derived alphabet (no vowels, no 0, 1, 3).
    private static final Pattern HASH = Pattern.compile("-[2456789bcdfghkmt]{10}$");

    private Kustomized() {
    }

    static String withoutHash(String name) {
        return HASH.matcher(name).replaceFirst("");
    }

    static boolean hashed(String name) {
        return HASH.matcher(name).find();
    }
}
