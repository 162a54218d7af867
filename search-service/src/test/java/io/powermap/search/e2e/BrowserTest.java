package io.powermap.search.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.powermap.contract.access.Roles;
import io.powermap.testsupport.TestTokens;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The web page in a real headless Chromium (Debian's chromium and chromium-driver), on a document
 * that went through ingest-service and profile-service: search, typeahead, a profile with its
 * evidence and source link, the network drawing, a click through to a neighbour, and a path.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = OtherServicesResource.class, scope = TestResourceScope.GLOBAL)
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void startTheBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "skipped: the browser test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
            .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldSearchOpenAProfileDrawItsNetworkFollowANeighbourAndFindAPath() throws IOException {
        String source = "https://example.org/dossiers/eff-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.forRole(Roles.INGEST)).baseUri(OtherServicesResource.ingestUrl()).contentType("text/markdown")
            .queryParam("sourceUri", source)
            .body(Files.readString(Path.of("../deploy/samples/22-electronic-frontier-foundation.md")))
            .post("/api/v1/documents").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("q", "Lotus Development")
            .get("/api/v1/search").then().body("hits.name", hasItem("Lotus Development Corporation")));

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(page + "?q=frontier");
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(
            By.xpath("//button[@class='hit-name'][.='Electronic Frontier Foundation']")));

        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("electronic fr");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
            By.xpath("//li[@class='suggestion'][contains(., 'Electronic Frontier Foundation')]")));
        box.sendKeys(org.openqa.selenium.Keys.ESCAPE);

        hit.click();
        wait.until(ExpectedConditions.textToBe(By.id("entity-heading"), "Electronic Frontier Foundation"));
        wait.until(driver -> nodes() > 3);
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#relationships a.source")));
        assertTrue(link.getAttribute("href").startsWith(source), link.getAttribute("href"));
        screenshot("profile");

        clickNode("Mitch Kapor");
        wait.until(ExpectedConditions.textToBe(By.id("entity-heading"), "Mitch Kapor"));

        browser.findElement(By.id("path-to")).sendKeys("Lotus Development Corporation");
        browser.findElement(By.cssSelector("#path-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
            By.xpath("//li[@class='path'][contains(., 'Lotus Development Corporation')]")));
        screenshot("path");
    }

    private long nodes() {
        Object count = ((JavascriptExecutor) browser).executeScript(
            "return window.powermapNetwork ? window.powermapNetwork.nodes().length : 0");
        return ((Number) count).longValue();
    }

    /** Clicks a node of the drawing where it is drawn, as a person would. */
    @SuppressWarnings("unchecked")
    private void clickNode(String name) {
        Map<String, Number> at = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript(
            "const n = window.powermapNetwork.nodes().filter(n => n.data('label') === arguments[0])[0];"
                + "const p = n.renderedPosition(); const c = document.getElementById('network');"
                + "return {x: p.x - c.clientWidth / 2, y: p.y - c.clientHeight / 2};", name);
        new Actions(browser).moveToElement(browser.findElement(By.id("network")), at.get("x").intValue(), at.get("y").intValue())
            .click().perform();
    }

    private void screenshot(String name) throws IOException {
        Path file = Path.of("target", "browser-" + name + ".png");
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
