package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import academy.embedded.Ports;
import academy.testing.TestDatabase;
import academy.testing.TestServers;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Mini App in a real browser (headless Chromium), against the whole academy started as
 * {@code ./academy up} starts it (own database, Redis prefix and ports, like JourneyIT). One
 * learner's journey through the screens, then a locked lesson, an expired session, the API
 * down, the dark theme, Russian and 320 px. Screenshots of each screen go to
 * target/mini-app-screenshots; the budget figures to target/mini-app-screenshots/figures.txt.
 *
 * Tokens live 20 s here (and the sign-in rate limit is lifted), so the app signs in again
 * many times during the run, as it must when a session expires.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MiniAppBrowserIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private final long learnerId = 6_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    private final String botToken = "7" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)
            + ":AAbrowser-" + UUID.randomUUID().toString().replace("-", "");
    private final List<String> figures = new ArrayList<>();
    private TestDatabase database;
    private AcademyPlatform platform;
    private MiniAppCourse course;
    private Browser browser;
    private Path screenshots;
    private volatile String brokenAt;

    @RegisterExtension
    final TestWatcher journey = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            brokenAt = context.getDisplayName();
            if (browser != null) {
                browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeEach
    void onlyAfterTheEarlierStepsPassed() {
        assumeTrue(Browser.available(), Browser.INSTALL);
        assumeTrue(brokenAt == null, () -> "the journey broke at " + brokenAt);
    }

    @BeforeAll
    void startTheAcademyAndABrowser() {
        if (!Browser.available()) {
            // Every test is then skipped with this reason (onlyAfterTheEarlierStepsPassed).
            System.out.println("[browser] " + Browser.INSTALL);
            return;
        }
        Path root = Path.of(System.getProperty("academy.repository.root", "..")).toAbsolutePath().normalize();
        for (AcademyService service : AcademyService.values()) {
            assertThat(service.runnableJar(root)).as("the browser test runs the built jars: mvn -B verify builds them first")
                    .isRegularFile();
        }
        screenshots = root.resolve("local-platform/target/mini-app-screenshots");
        database = TestDatabase.create();
        Map<AcademyService, Integer> ports = new EnumMap<>(AcademyService.class);
        for (AcademyService service : AcademyService.values()) {
            ports.put(service, Ports.free());
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        PlatformOptions defaults = PlatformOptions.fromEnvironment(root);
        List<String> java = new ArrayList<>(defaults.javaOptions());
        // Short sessions: the app must sign in again on its own. No clock skew allowance, so expiry is exact.
        java.addAll(List.of("-Dacademy.jwt.lifetime=PT20S", "-Dmp.jwt.verify.clock.skew=0",
                "-Dacademy.auth.rate-limit.capacity=1000", "-Dacademy.auth.rate-limit.refill-per-minute=1000"));
        PlatformOptions options = new PlatformOptions(root, root.resolve("local-platform/target/browser-" + run), "127.0.0.1",
                Ports.free(), ports, database.url(), TestServers.redis().redisUrl(), "browser-" + run + ":", false, botToken,
                List.of(1L), false, java, Duration.ofMinutes(5), line -> System.out.println("[browser] " + line));
        platform = AcademyPlatform.start(options);
        course = MiniAppCourse.author(new ApiClient(platform.gatewayUrl(), platform.keys().adminToken(1)));
        browser = Browser.start(screenshots, PHONE_WIDTH, PHONE_HEIGHT);
    }

    @AfterAll
    void stopEverything() throws IOException {
        if (!figures.isEmpty() && screenshots != null) {
            Files.write(screenshots.resolve("figures.txt"), figures);
        }
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    private String link(long userId, String theme, String language) {
        String initData = TelegramInitData.signed(botToken, userId, Instant.now(), language);
        return MiniAppLink.of(platform.gatewayUrl(), initData, theme);
    }

    private void openAsLearner() {
        browser.open(link(learnerId, MiniAppLink.LIGHT_THEME, "en"));
        browser.await(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private ApiClient learnerApi() {
        String initData = TelegramInitData.signed(botToken, learnerId, Instant.now());
        String token = new ApiClient(platform.gatewayUrl(), null).post("/auth/telegram", new JsonObject().put("initData", initData))
                .expectOk().json().getString("token");
        return new ApiClient(platform.gatewayUrl(), token);
    }

    private WebElement lessonRow(int index) {
        WebElement row = browser.visible(By.cssSelector(".lesson-row[data-lesson-id='" + course.lessons.get(index) + "']"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", row);
        return row;
    }

    private String stateOf(int index) {
        return lessonRow(index).getAttribute("data-state");
    }

    private void openCourse() {
        browser.visible(By.id("tab-catalogue")).click();
        browser.visible(By.cssSelector(".course-card[data-course-id='" + course.courseId + "']")).click();
        browser.visibleText(By.id("title"), MiniAppCourse.TITLE);
    }

    private void noticeHidden() {
        assertThat(browser.driver().findElement(By.id("notice")).isDisplayed()).as("an error is shown").isFalse();
    }

    @Test
    @Order(1)
    void opensWithSignedLaunchParametersAndShowsTheCatalogueWithinTheBudget() {
        openAsLearner();
        // Measured warm (the services have served once), cache off, CPU slowed four times.
        browser.cdp("Network.enable", Map.of());
        browser.cdp("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
        try {
            openAsLearner();
            browser.visible(By.cssSelector(".course-card[data-course-id='" + course.courseId + "']"));
            double firstContent = ((Number) browser.script(
                    "return performance.getEntriesByName('academy:first-content')[0].startTime")).doubleValue();
            long bytes = ((Number) browser.script("return performance.getEntriesByType('resource')"
                    + ".filter(e => /\\.(js|css)$/.test(new URL(e.name).pathname) && new URL(e.name).origin === location.origin)"
                    + ".reduce((sum, e) => sum + e.encodedBodySize, 0)")).longValue();
            String encoding = (String) browser.script("return fetch('/js/app.js', {cache: 'no-store'})"
                    + ".then(r => r.headers.get('Content-Encoding') || 'none')");
            figures.add(String.format("first screen (catalogue), 4x CPU throttling, cache off: content after %.0f ms", firstContent));
            figures.add("first screen JS+CSS over the wire (encodedBodySize, " + encoding + "): " + bytes + " bytes");
            System.out.println("[browser] " + figures);
            assertThat(bytes).as("JS+CSS of the first screen, compressed").isPositive().isLessThan(60 * 1024);
            // 1 s is the target on a quiet machine (docs/performance.md); a shared CI runner gets slack.
            assertThat(firstContent).as("ms until the catalogue shows").isLessThan(5000);
        } finally {
            browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
            browser.cdp("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
        assertThat(browser.driver().getTitle()).isEqualTo("Telegram Academy");
        assertThat(browser.visible(By.id("tab-catalogue")).getAttribute("aria-current")).isEqualTo("page");
        browser.screenshot("01-catalogue");
    }

    @Test
    @Order(2)
    void theDashboardStartsEmpty() {
        browser.visible(By.id("tab-dashboard")).click();
        assertThat(browser.visible(By.id("xp-total")).getText()).isEqualTo("0");
        assertThat(browser.driver().findElements(By.cssSelector("#xp-chart rect.bar:not(.empty)"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#xp-chart rect"))).hasSize(30);
    }

    @Test
    @Order(3)
    void aLockedLessonSaysWhyAndEnrollingOpensTheFirst() {
        openCourse();
        assertThat(stateOf(0)).isEqualTo("locked");
        lessonRow(1).click();
        assertThat(browser.visible(By.id("course-hint")).getText()).contains("Enrol in the course");
        browser.screenshot("02-course-before-enrolment");

        browser.mainButton("Enrol").click();
        browser.await(d -> "unlocked".equals(stateOf(0)));
        assertThat(stateOf(1)).isEqualTo("locked");
        lessonRow(1).click();
        assertThat(browser.visible(By.id("course-hint")).getText()).contains("opens once you complete the one before it");
        assertThat(lessonRow(1).getAttribute("aria-disabled")).isEqualTo("true");
        browser.screenshot("03-course-enrolled");
    }

    @Test
    @Order(4)
    void aLessonOpenedBehindTheLockShowsTheServersReasonNotABlankScreen() {
        browser.script("sessionStorage.setItem('academy.stack', JSON.stringify([{name: 'catalogue', params: {}},"
                + " {name: 'lesson', params: {courseId: arguments[0], lessonId: arguments[1]}}]))",
                course.courseId, course.lessons.get(2));
        browser.driver().navigate().refresh();
        WebElement notice = browser.visible(By.id("notice-text"));
        assertThat(notice.getText()).isNotBlank().endsWith(".");
        assertThat(browser.visible(By.cssSelector("#view .empty")).getText()).isEqualTo(notice.getText());
        assertThat(learnerApi().get("/courses/" + course.courseId + "/lessons/" + course.lessons.get(2)).status()).isEqualTo(403);
        browser.screenshot("04-locked-lesson-refused");
        browser.visible(By.id("back")).click();
    }

    @Test
    @Order(5)
    void readsTheFirstLessonCompletesItAndSeesTheNextOneOpen() {
        openCourse();
        lessonRow(0).click();
        WebElement body = browser.visible(By.cssSelector("article.lesson-body"));
        assertThat(body.findElement(By.tagName("h2")).getText()).isEqualTo("Facts, not state");
        assertThat(body.findElement(By.tagName("strong")).getText()).isEqualTo("event");
        assertThat(body.findElements(By.tagName("li"))).hasSize(2);
        // The markdown's raw HTML is text, its javascript: link has no target.
        assertThat(body.getText()).contains("<script>document.title = 'hacked'</script>");
        assertThat(body.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.driver().getTitle()).isEqualTo("Telegram Academy");
        assertThat(body.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        browser.await(d -> d.findElement(By.id("time-spent")).getText().matches(".*0:0[2-9].*|.*0:[1-5]\\d.*"));
        browser.screenshot("05-lesson");

        browser.mainButton("Complete lesson").click();
        assertThat(browser.visible(By.id("lesson-complete")).getText()).isEqualTo("Lesson complete: +50 XP");
        browser.screenshot("06-lesson-complete");
        JsonObject progress = learnerApi().get("/lessons/" + course.lessons.get(0) + "/progress").expectOk().json();
        assertThat(progress.getInteger("timeSpentSeconds")).isGreaterThanOrEqualTo(2);
        assertThat(progress.getValue("bestScore").toString()).isIn("1", "1.0");

        browser.mainButton("Back to the course").click();
        browser.await(d -> "completed".equals(stateOf(0)) && "unlocked".equals(stateOf(1)));
        assertThat(stateOf(2)).isEqualTo("locked");
        noticeHidden();
    }

    @Test
    @Order(6)
    void withTheApiDownTheLessonSaysSoThenCompletesOnceWhenItIsBack() {
        lessonRow(1).click();
        browser.mainButton("Complete lesson");
        platform.kill(AcademyService.LEARNING);
        browser.mainButton("Complete lesson").click();
        WebElement notice = browser.await(Duration.ofSeconds(60), d -> {
            WebElement text = d.findElement(By.id("notice-text"));
            return text.isDisplayed() && text.getText().contains("not answering") ? text : null;
        });
        assertThat(notice.getText()).isEqualTo("Learning-service is not answering.");
        assertThat(browser.visible(By.id("notice-retry")).getText()).isEqualTo("Try again");
        assertThat(browser.visible(By.cssSelector("article.lesson-body")).getText()).contains("One stream per aggregate");
        browser.screenshot("07-api-down");

        platform.restart(AcademyService.LEARNING);
        browser.visible(By.id("notice-retry")).click();
        assertThat(browser.visible(By.id("lesson-complete")).getText()).isEqualTo("Lesson complete: +30 XP");
        JsonObject progress = learnerApi().get("/lessons/" + course.lessons.get(1) + "/progress").expectOk().json();
        assertThat(progress.getInteger("completions")).as("one completion, however many tries").isEqualTo(1);
        assertThat(progress.getInteger("sittings")).isEqualTo(1);
        browser.mainButton("Back to the course").click();
        browser.await(d -> "completed".equals(stateOf(1)));
        assertThat(stateOf(2)).as("module 2 opens only after the quiz").isEqualTo("locked");
    }

    @Test
    @Order(7)
    void takesTheQuizResumesItAfterAReloadAndPasses() {
        browser.visible(By.cssSelector(".quiz-row[data-assessment-id='" + course.quizOne + "']")).click();
        assertThat(browser.visible(By.cssSelector(".quiz-intro")).getText()).contains("5:00", "75%");
        browser.mainButton("Start the quiz").click();
        WebElement single = browser.visible(By.cssSelector("fieldset.question[data-type='single_choice']"));
        assertThat(browser.driver().findElements(By.cssSelector("fieldset.question"))).hasSize(4);
        single.findElements(By.cssSelector("label.choice")).stream().filter(l -> l.getText().equals("No")).findFirst()
                .orElseThrow().click();
        WebElement multiple = browser.visible(By.cssSelector("fieldset.question[data-type='multiple_choice']"));
        for (WebElement label : multiple.findElements(By.cssSelector("label.choice"))) {
            if (!label.getText().equals("CompleteLesson")) {
                label.click();
            }
        }
        browser.await(d -> d.findElements(By.cssSelector(".saved")).stream().filter(s -> s.getText().equals("Saved")).count() == 2);
        String before = browser.visible(By.id("countdown")).getText();
        assertThat(before).as("counts down from the server's deadline").matches("Time left: (5:00|4:[0-5]\\d)");
        browser.screenshot("08-quiz");

        browser.driver().navigate().refresh();
        single = browser.visible(By.cssSelector("fieldset.question[data-type='single_choice']"));
        assertThat(single.findElements(By.cssSelector("input:checked"))).hasSize(1);
        assertThat(browser.visible(By.cssSelector("fieldset.question[data-type='multiple_choice']"))
                .findElements(By.cssSelector("input:checked"))).hasSize(2);
        assertThat(browser.visible(By.id("countdown")).getText()).as("the same deadline after the reload")
                .matches("Time left: 4:[0-5]\\d");

        browser.visible(By.cssSelector("fieldset.question[data-type='numeric'] input")).sendKeys("42");
        WebElement text = browser.visible(By.cssSelector("fieldset.question[data-type='short_text'] input"));
        text.sendKeys("Version");
        browser.visible(By.cssSelector("fieldset.question[data-type='numeric'] input")).click();
        browser.await(d -> d.findElements(By.cssSelector(".saved")).stream().filter(s -> s.getText().equals("Saved")).count() == 4);
        browser.mainButton("Submit answers").click();

        WebElement result = browser.visible(By.id("quiz-result"));
        assertThat(result.getAttribute("data-passed")).isEqualTo("true");
        assertThat(result.findElement(By.tagName("h2")).getText()).isEqualTo("Passed: 100%");
        assertThat(result.findElements(By.cssSelector(".per-question li.correct"))).hasSize(4);
        assertThat(result.getText()).contains("4 / 4 points", "1 / 1 points");
        browser.screenshot("09-quiz-result");

        browser.mainButton("Back to the course").click();
        browser.await(d -> "unlocked".equals(stateOf(2)));
        assertThat(browser.visible(By.cssSelector(".module[data-module-id='" + course.moduleOne + "']")).getAttribute("data-state"))
                .isEqualTo("completed");
    }

    @Test
    @Order(8)
    void aQuizLeftToRunOutIsSubmittedAtTheDeadline() {
        browser.visible(By.cssSelector(".quiz-row[data-assessment-id='" + course.quizTwo + "']")).click();
        browser.mainButton("Start the quiz").click();
        browser.visible(By.id("countdown"));
        WebElement result = browser.await(Duration.ofSeconds(MiniAppCourse.QUIZ_TWO_SECONDS + 30),
                d -> d.findElements(By.id("quiz-result")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(result.getAttribute("data-passed")).isEqualTo("false");
        assertThat(browser.visible(By.id("automatic")).getText()).contains("Time was up");
        assertThat(result.getText()).contains("0 / 1 points");
        browser.screenshot("10-quiz-timed-out");
        browser.mainButton("Back to the course").click();
    }

    @Test
    @Order(9)
    void theDashboardShowsTheXpLevelStreakAndTodaysBar() {
        browser.visible(By.id("tab-dashboard")).click();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        browser.await(CATCH_UP, Duration.ofMillis(500), d -> {
            if (!d.findElements(By.id("xp-total")).isEmpty() && d.findElement(By.id("xp-total")).getText().equals("80")
                    && d.findElement(By.id("streak-current")).getText().endsWith("1")) {
                return true;
            }
            d.findElement(By.id("tab-dashboard")).click();
            return null;
        });
        assertThat(browser.visible(By.id("level")).getText()).isEqualTo("Level 1");
        WebElement bar = browser.visible(By.cssSelector("#xp-chart rect[data-day='" + today + "']"));
        assertThat(bar.getAttribute("data-xp")).isEqualTo("80");
        assertThat(Double.parseDouble(bar.getAttribute("height"))).isPositive();
        assertThat(browser.visible(By.id("chart-summary")).getText()).isEqualTo("80 XP and 2 lessons in the last 30 days");
        assertThat(browser.visible(By.cssSelector("#next-lesson .card-title")).getText()).isEqualTo("Read models");
        browser.screenshot("11-dashboard");
    }

    @Test
    @Order(10)
    void findsThemselvesOnTheWeeklyAndTheAllTimeBoard() {
        browser.visible(By.id("tab-leaderboard")).click();
        browser.await(CATCH_UP, Duration.ofMillis(500), d -> {
            if (!d.findElements(By.cssSelector("#board li.me")).isEmpty()) {
                return true;
            }
            d.findElement(By.id("tab-leaderboard")).click();
            return null;
        });
        WebElement me = browser.visible(By.cssSelector("#board li.me"));
        assertThat(me.getAttribute("data-user-id")).isEqualTo(Long.toString(learnerId));
        assertThat(me.getText()).contains("80 XP", "(you)");
        assertThat(browser.visible(By.id("my-rank")).getText()).isEqualTo("Your rank: " + me.getAttribute("data-rank"));
        browser.screenshot("12-leaderboard-week");
        browser.visible(By.id("period-all")).click();
        browser.await(d -> "true".equals(d.findElement(By.id("period-all")).getAttribute("aria-pressed")));
        assertThat(browser.visible(By.cssSelector("#board li.me")).getText()).contains("80 XP");
    }

    @Test
    @Order(11)
    void anExpiredSessionIsRenewedWithoutTheLearnerNoticing() {
        openAsLearner();
        long first = browser.signIns();
        assertThat(first).isEqualTo(1);
        // Tokens live 20 s in this run: keep using the app until it has had to sign in again.
        browser.await(Duration.ofSeconds(90), Duration.ofSeconds(1), d -> {
            d.findElement(By.id("tab-leaderboard")).click();
            return browser.signIns() > first ? true : null;
        });
        browser.visible(By.cssSelector("#board li.me"));
        noticeHidden();
    }

    @Test
    @Order(12)
    void theDarkThemeComesFromTelegramsThemeParams() {
        browser.open(link(learnerId, MiniAppLink.DARK_THEME, "en"));
        browser.visible(By.cssSelector(".course-card"));
        assertThat(browser.script("return document.documentElement.dataset.scheme")).isEqualTo("dark");
        assertThat(browser.script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(33, 33, 33)");
        assertThat(browser.script("return getComputedStyle(document.body).color")).isEqualTo("rgb(255, 255, 255)");
        browser.screenshot("13-dark-catalogue");
        browser.visible(By.id("tab-dashboard")).click();
        browser.visible(By.id("xp-chart"));
        browser.screenshot("14-dark-dashboard");
    }

    @Test
    @Order(13)
    void aRussianTelegramGetsTheAppInRussian() {
        browser.open(link(learnerId + 1, MiniAppLink.LIGHT_THEME, "ru"));
        browser.visible(By.cssSelector(".course-card"));
        assertThat(browser.visible(By.id("tab-catalogue")).getText()).isEqualTo("Курсы");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("ru");
        browser.visible(By.cssSelector(".course-card")).click();
        browser.mainButton("Записаться");
        browser.screenshot("15-russian-course");
    }

    @Test
    @Order(14)
    void everyScreenIsReadableAt320PixelsWithoutSidewaysScrolling() {
        browser.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 640, "deviceScaleFactor", 1,
                "mobile", true));
        try {
            openAsLearner();
            assertThat(browser.script("return window.innerWidth")).isEqualTo(320L);
            for (String screen : List.of("catalogue", "course", "lesson", "dashboard", "leaderboard")) {
                switch (screen) {
                    case "course" -> openCourse();
                    case "lesson" -> lessonRow(2).click();
                    case "dashboard" -> browser.visible(By.id("tab-dashboard")).click();
                    case "leaderboard" -> browser.visible(By.id("tab-leaderboard")).click();
                    default -> browser.visible(By.cssSelector(".course-card"));
                }
                browser.await(d -> d.findElements(By.cssSelector("#view .loading")).isEmpty());
                assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                        .as(screen + " fits 320 px").isLessThanOrEqualTo(320);
                if (screen.equals("lesson") || screen.equals("dashboard")) {
                    browser.screenshot("16-320px-" + screen);
                }
            }
        } finally {
            browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    @Order(15)
    void keyboardUsersReachEveryControlWithALabel() {
        openAsLearner();
        openCourse();
        List<WebElement> unlabelled = new ArrayList<>();
        for (WebElement button : browser.driver().findElements(By.cssSelector("button"))) {
            if (button.isDisplayed() && button.getText().isBlank() && button.getAttribute("aria-label") == null) {
                unlabelled.add(button);
            }
        }
        assertThat(unlabelled).isEmpty();
        browser.visible(By.id("tab-catalogue")).sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("tab-dashboard");
    }
}
