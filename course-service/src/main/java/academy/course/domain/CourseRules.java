package academy.course.domain;

import academy.refusal.FieldRefusal;
import academy.refusal.RefusedException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Limits on authored text and numbers, checked before any event is written. */
public final class CourseRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_BODY = 200_000;
    public static final int MAX_MEDIA_LINKS = 50;
    public static final int MAX_XP = 10_000;

    private CourseRules() {
    }

    public static void requireTitle(String field, String title) {
        List<FieldRefusal> problems = new ArrayList<>();
        checkTitle(field, title, problems);
        throwIfAny(problems);
    }

    public static void requireDescription(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw RefusedException.invalid("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
    }

    public static void requireValid(LessonContent content) {
        List<FieldRefusal> problems = new ArrayList<>();
        checkTitle("title", content.title(), problems);
        if (content.body().length() > MAX_BODY) {
            problems.add(new FieldRefusal("body", "must be at most " + MAX_BODY + " characters"));
        }
        checkMediaLinks(content.mediaLinks(), problems);
        if (content.xp() < 0 || content.xp() > MAX_XP) {
            problems.add(new FieldRefusal("xp", "must be between 0 and " + MAX_XP));
        }
        checkFraction("passScore", content.passScore(), problems);
        throwIfAny(problems);
    }

    private static void checkTitle(String field, String title, List<FieldRefusal> problems) {
        if (title == null || title.isBlank()) {
            problems.add(new FieldRefusal(field, "must not be blank"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new FieldRefusal(field, "must be at most " + MAX_TITLE + " characters"));
        }
    }

    private static void checkMediaLinks(List<String> links, List<FieldRefusal> problems) {
        if (links.size() > MAX_MEDIA_LINKS) {
            problems.add(new FieldRefusal("mediaLinks", "at most " + MAX_MEDIA_LINKS + " links"));
            return;
        }
        for (int i = 0; i < links.size(); i++) {
            if (!isHttpsUrl(links.get(i))) {
                problems.add(new FieldRefusal("mediaLinks[" + i + "]", "must be an absolute https URL"));
            }
        }
    }

    private static boolean isHttpsUrl(String link) {
        if (link == null || link.length() > 2048) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void checkFraction(String field, BigDecimal value, List<FieldRefusal> problems) {
        if (value == null) {
            problems.add(new FieldRefusal(field, "is required"));
        } else if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            problems.add(new FieldRefusal(field, "must be between 0 and 1"));
        } else if (value.stripTrailingZeros().scale() > 4) {
            problems.add(new FieldRefusal(field, "must have at most 4 decimals"));
        }
    }

    private static void throwIfAny(List<FieldRefusal> problems) {
        if (!problems.isEmpty()) {
            throw RefusedException.invalid(problems);
        }
    }
}
