package academy.course.api;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Lesson markdown rendered once on the server, so the Mini App never turns authored text into
 * markup itself: raw HTML in the markdown is escaped (shown as text), and link and image URLs
 * other than http, https, mailto and data images are dropped ({@code sanitizeUrls}).
 */
final class LessonHtml {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .build();

    private LessonHtml() {
    }

    static String of(String markdown) {
        return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
    }
}
