package academy.rules;

/**
 * Level from TOTAL XP, the one formula every service and every view uses (never weekly XP):
 * {@code 1 + floor(sqrt(totalXp / 100))}, so level n begins at {@code 100 * (n - 1)^2} XP.
 */
public final class Levels {

    private Levels() {
    }

    public static int levelFor(long totalXp) {
        if (totalXp < 0) {
            throw new IllegalArgumentException("total XP cannot be negative");
        }
        long hundreds = totalXp / 100;
        long root = (long) Math.sqrt((double) hundreds);
        // Correct the floating-point root so floor(sqrt(n)) is exact for large n.
        while (root * root > hundreds) {
            root--;
        }
        while ((root + 1) * (root + 1) <= hundreds) {
            root++;
        }
        return (int) (1 + root);
    }

    /** Total XP at which {@code level} begins: 100 * (level - 1)^2. */
    public static long xpForLevel(int level) {
        if (level < 1) {
            throw new IllegalArgumentException("levels start at 1");
        }
        long steps = level - 1L;
        return 100 * steps * steps;
    }
}
