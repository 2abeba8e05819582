package io.newspulse.streams.http;

import static io.newspulse.streams.http.ApiFixtures.article;
import static io.newspulse.streams.http.ApiFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.stack.LocalStack;
import io.newspulse.streams.app.NewsStreamsApp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The dashboard in headless Chromium (Debian packages chromium + chromium-driver, never downloaded): the company
 * appears in the top list, its chart and articles update live as articles arrive, Japanese titles are highlighted.
 */
class DashboardIT {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String JA_TITLE = "マイクロソフト、日本で生成AIの新拠点を開設";

    @TempDir
    static Path dir;
    private static LocalStack stack;
    private static NewsStreamsApp app;
    private static KafkaProducer<String, ArticleEvent> producer;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws InterruptedException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("DashboardIT needs headless Chromium: install the Debian packages 'chromium' and 'chromium-driver' "
                        + "(expected " + CHROMIUM + " and " + CHROMEDRIVER + ")")
                .isTrue();
        stack = ApiFixtures.stack(dir);
        app = ApiFixtures.app(stack, dir.resolve("app"), "dashboard-it");
        producer = ApiFixtures.producer(stack);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1100", "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (producer != null) {
            producer.close();
        }
        if (app != null) {
            app.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldShowTheCompanyInTheTopListAndUpdateItsChartLive() throws IOException {
        browser.get(app.httpUrl() + "/");
        await().atMost(WAIT).until(() -> text("live").equals("live"));
        assertThat(texts("#windows button[data-window]")).containsExactly("1m", "1h");

        Instant now = Instant.now();
        String topic = stack.topics().articles();
        ApiFixtures.publish(producer, topic,
                article("d-1", "Microsoft raises dividend", story(0, "Microsoft"), "en", now),
                article("d-2", "Microsoft to cut gaming jobs", story(1, "Microsoft"), "en", now));
        await().atMost(WAIT).until(() -> !browser.findElements(By.cssSelector("#top-list li[data-company='microsoft']")).isEmpty());
        await().atMost(WAIT).ignoreException(StaleElementReferenceException.class).untilAsserted(() ->
                browser.findElement(By.cssSelector("#top-list li[data-company='microsoft']")).click());
        await().atMost(WAIT).until(() -> "2".equals(chartAttribute("data-articles")));

        ApiFixtures.publish(producer, topic, article("d-3", JA_TITLE,
                "マイクロソフトは25日、東京に生成AIの研究開発拠点を開設すると発表した。日本マイクロソフトの社長は、"
                        + "国内の企業向けにクラウドとAIの導入支援を強化すると述べた。", "ja", now));
        await().atMost(WAIT).until(() -> "3".equals(chartAttribute("data-articles")));
        assertThat(Integer.parseInt(chartAttribute("data-points"))).isPositive();
        assertThat(texts("#chart svg circle.point title")).isNotEmpty();

        await().atMost(WAIT).until(() -> !texts("#articles li[data-article='d-3'] .title").isEmpty());
        assertThat(texts("#articles li[data-article='d-3'] .title").get(0)).startsWith(JA_TITLE);
        assertThat(texts("#articles li[data-article='d-3'] .title mark")).contains("マイクロソフト");
        assertThat(texts("#articles li[data-article='d-3'] .snippet mark")).contains("マイクロソフト");

        // what the news says: a sentiment line under the buzz chart, event badges on the articles
        ApiFixtures.publish(producer, topic, article("d-4", "Microsoft recalls Surface chargers after fires",
                "Microsoft recalled about 2 million Surface power cords after reports of overheating and fires. "
                        + "The recall covers devices sold before July, Microsoft said.", "en", now));
        await().atMost(WAIT).until(() -> !texts("#articles li[data-article='d-4'] .event-badge").isEmpty());
        assertThat(attributes("#articles li[data-article='d-4'] .event-badge", "data-event")).contains("recall_safety");
        assertThat(texts("#articles li[data-article='d-4'] .sentiment-badge")).hasSize(1);
        await().atMost(WAIT).until(() -> {
            Object points = browser.executeScript("const s = document.querySelector('#sentiment svg'); return s ? s.getAttribute('data-points') : null;");
            return points != null && Integer.parseInt(points.toString()) > 0;
        });
        assertThat(texts("#sentiment svg polyline.sentiment")).hasSize(1);

        await().atMost(WAIT).until(() -> text("stat-articles").equals("4"));
        assertThat(text("stat-deadletters")).isEqualTo("0");

        Path screenshot = Paths.get("target", "dashboard.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(screenshot)).isGreaterThan(1000);
    }

    /** Read in the page itself: the dashboard re-renders often, element handles go stale. */
    private static String text(String id) {
        Object t = browser.executeScript("const e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : null;", id);
        return t == null ? "" : t.toString();
    }

    private static String chartAttribute(String name) {
        Object v = browser.executeScript("const s = document.querySelector('#chart svg'); return s ? s.getAttribute(arguments[0]) : null;", name);
        return v == null ? null : v.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> attributes(String css, String name) {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.getAttribute(arguments[1]));", css, name);
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(String css) {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent);", css);
    }
}
