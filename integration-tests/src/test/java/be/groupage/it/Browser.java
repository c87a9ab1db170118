package be.groupage.it;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * A headless Chromium, Debian's, driven by Debian's chromedriver: never one that Selenium Manager would
 * download. Each instance has a fresh profile (no cookie of another test). Missing binaries fail the test
 * with the command that installs them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("groupage.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("groupage.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("groupage.it.workDir", "target"), "screenshots");

    final ChromeDriver driver;
    /** Where the browser saves downloads, fresh for each browser. */
    final Path downloads;
    final WebDriverWait wait;
    private final String base;
    private final Path profile;

    private Browser(URL deployment) {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException("The browser tests need " + binary + ", which is missing: install Debian's browser with "
                        + "'apt-get install -y chromium chromium-driver' (.ci/run does it when they are missing).");
            }
        }
        try {
            profile = Files.createTempDirectory("groupage-chromium-");
            downloads = Files.createDirectories(Path.of(System.getProperty("groupage.it.workDir", "target"), "downloads",
                    profile.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=fr-BE", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // headless Chromium ignores the download preference: allow downloads into the folder explicitly
        driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // the pages re-render tables as data arrive
        String root = deployment.toExternalForm();
        base = root.endsWith("/") ? root : root + "/";
    }

    static Browser open(URL deployment) {
        return new Browser(deployment);
    }

    Browser go(String page) {
        driver.get(base + page);
        return this;
    }

    /** Signs in through the form and waits for the role's page to have loaded its account. */
    Browser signIn(String login, String password, String expectedPage) {
        go("index.html");
        type(By.id("login"), login);
        type(By.id("password"), password);
        driver.findElement(By.id("signin-button")).click();
        wait.until(ExpectedConditions.urlContains(expectedPage));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
        return this;
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void type(By by, String text) {
        // Found, cleared and typed again when the page re-rendered the field meanwhile (stale element, ignored by
        // the wait): typing a quantity re-renders its row as the case gauge and the estimate come back.
        wait.until(d -> {
            WebElement input = find(by);
            input.clear();
            input.sendKeys(text);
            return true;
        });
    }

    /** Chooses an option by its value, once the page has filled the list with it; the page sees a change event. */
    void selectValue(By by, String value) {
        wait.until(d -> new Select(find(by)).getOptions().stream().anyMatch(o -> value.equals(o.getAttribute("value"))));
        new Select(find(by)).selectByValue(value);
    }

    /** Chooses an option by its text, once the page has filled the list with it (lists load from the API). */
    void select(By by, String visibleText) {
        wait.until(d -> new Select(find(by)).getOptions().stream().anyMatch(o -> visibleText.equals(o.getText().trim())));
        new Select(find(by)).selectByVisibleText(visibleText);
    }

    /** Waits until the element's text, with every kind of space made plain, contains the expected text. */
    String waitForText(By by, String expected) {
        wait.until(d -> {
            List<WebElement> found = d.findElements(by);
            return !found.isEmpty() && plain(found.get(0).getText()).contains(expected);
        });
        return plain(driver.findElement(by).getText());
    }

    /** Sets a date input (the browser's date picker is not for typing into). */
    void date(By by, java.time.LocalDate day) {
        value(by, day.toString());
    }

    /** Sets a date or date-and-time input to its ISO value, as the picker would. */
    void value(By by, String value) {
        driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                find(by), value);
    }

    /** Waits for a downloaded file whose name ends so, fully written, and returns it. */
    Path downloaded(String suffix) {
        wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith(suffix));
            } catch (IOException e) {
                return false;
            }
        });
        try (var files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(By by) {
        return plain(find(by).getText());
    }

    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** Saves the page as target/screenshots/{name}.png for a reviewer. */
    void screenshot(String name) {
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        try {
            Files.createDirectories(SCREENSHOTS.resolve(name).getParent());
            long height = (Long) driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(Math.max(height + 140, size.getHeight()), 6000)));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    WebDriver.Options manage() {
        return driver.manage();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
