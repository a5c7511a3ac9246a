package academy.learning.domain;

/** Level from total XP, as every service computes it: {@code 1 + floor(sqrt(totalXp / 100))}. */
public final class Levels {

    private Levels() {
    }

    public static int levelFor(long totalXp) {
        if (totalXp < 0) {
            throw new IllegalArgumentException("totalXp must be >= 0");
        }
        long hundreds = totalXp / 100;
        long root = (long) Math.sqrt(hundreds);
        // Correct the floating-point root so floor(sqrt(n)) is exact for large n.
        while (root * root > hundreds) {
            root--;
        }
        while ((root + 1) * (root + 1) <= hundreds) {
            root++;
        }
        return (int) (1 + root);
    }
}
