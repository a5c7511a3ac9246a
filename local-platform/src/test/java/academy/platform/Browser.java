package academy.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by the OS's chromedriver (Debian: chromium, chromium-driver). Nothing
 * is downloaded: the driver and the browser are given by path, so Selenium Manager never runs.
 * telegram.org resolves to a closed local port: telegram-web-app.js fails fast, as offline.
 */
final class Browser implements AutoCloseable {

    static final String INSTALL = "Chromium is not installed, so the Mini App browser tests are skipped."
            + " Install it with: apt-get install -y chromium chromium-driver";
    /** The OS package's driver; {@code -Dacademy.chromedriver=<path>} names another (a missing one skips the tests). */
    private static final Path DRIVER = Path.of(System.getProperty("academy.chromedriver", "/usr/bin/chromedriver"));
    private static final List<Path> BINARIES = List.of(Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium"));
    static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile, Path screenshots) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    static boolean available() {
        return Files.isExecutable(DRIVER) && BINARIES.stream().anyMatch(Files::isExecutable);
    }

    static Browser start(Path screenshots, int width, int height) {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("academy-chromium-");
            Files.createDirectories(screenshots);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARIES.stream().filter(Files::isExecutable).findFirst().orElseThrow().toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-extensions", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                    "--host-resolver-rules=MAP telegram.org 127.0.0.1:9, MAP *.telegram.org 127.0.0.1:9",
                    "--lang=en-US");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().withLogFile(screenshots.resolve("chromedriver.log").toFile()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
            return new Browser(service, driver, profile, screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** A new launch: the app starts from its first screen (a reload, by contrast, resumes). */
    void open(String url) {
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            script("sessionStorage.clear()");
        }
        driver.get("about:blank");
        driver.get(url);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Polls (never sleeps blindly) until the condition holds or {@link #WAIT} passes. */
    <T> T await(Function<WebDriver, T> condition) {
        return wait(WAIT, Duration.ofMillis(100)).until(condition);
    }

    <T> T await(Duration timeout, Function<WebDriver, T> condition) {
        return wait(timeout, Duration.ofMillis(100)).until(condition);
    }

    <T> T await(Duration timeout, Duration every, Function<WebDriver, T> condition) {
        return wait(timeout, every).until(condition);
    }

    /** Screens re-render as answers arrive: an element replaced under the check is looked up again. */
    private WebDriverWait wait(Duration timeout, Duration every) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, every);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement visible(By by) {
        return await(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    WebElement visibleText(By by, String text) {
        return await(d -> d.findElements(by).stream().filter(e -> e.isDisplayed() && e.getText().contains(text))
                .findFirst().orElse(null));
    }

    /** The page's own main button (Telegram's MainButton outside Telegram), once it says {@code text}. */
    WebElement mainButton(String text) {
        return await(d -> {
            WebElement button = d.findElement(By.id("main-button"));
            return button.isDisplayed() && button.isEnabled() && button.getText().equals(text) ? button : null;
        });
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** How many times the app has signed in since the page loaded (POST /auth/telegram). */
    long signIns() {
        return ((Number) script("return performance.getEntriesByType('resource')"
                + ".filter(e => new URL(e.name).pathname === '/auth/telegram').length")).longValue();
    }

    Path screenshot(String name) {
        try {
            Path target = screenshots.resolve(name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
