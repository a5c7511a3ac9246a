package academy.miniapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The first screen's JS and CSS stay under 60 KB gzip (docs/performance.md, "Mini App"). */
class FirstScreenBudgetTest {

    static final List<String> FIRST_SCREEN = List.of("app.css", "js/app.js", "js/api.js", "js/telegram.js",
            "js/i18n.js", "js/dom.js", "js/screens/catalogue.js");
    static final int BUDGET_BYTES = 60 * 1024;

    @Test
    void theFirstScreenLoadsUnderSixtyKilobytesGzip() throws IOException {
        long total = 0;
        for (String file : FIRST_SCREEN) {
            total += gzipped(file);
        }
        System.out.printf("first screen: %d bytes of JS+CSS gzip (budget %d)%n", total, BUDGET_BYTES);
        assertThat(total).isPositive().isLessThan(BUDGET_BYTES);
    }

    static long gzipped(String file) throws IOException {
        try (InputStream in = FirstScreenBudgetTest.class.getClassLoader().getResourceAsStream("META-INF/resources/" + file)) {
            assertThat(in).as(file).isNotNull();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                in.transferTo(gzip);
            }
            return out.size();
        }
    }
}
