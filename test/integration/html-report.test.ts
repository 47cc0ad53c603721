// The HTML report in a real headless Chromium (Debian's `chromium`, driven by playwright-core): the
// page is opened from file:// with every network request blocked and recorded (none may be tried),
// a screenshot is taken, and the test asserts on what is visible: the label level, the disclaimer,
// a red dot for the us-east-1 resources and a green one for eu-west-1 (element, colour on screen,
// and text), and the map outlines. Without chromium the test fails when EU_SOV_REQUIRE_BROWSER=1
// (CI installs it: .ci/run), else it is skipped with a message.
import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { runCli } from "../helpers/cli";
import { ROOT } from "../helpers/packs";
import { readPng } from "../helpers/png";

function chromiumPath(): string | undefined {
    try {
        const out = execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
        return out || undefined;
    } catch {
        return undefined;
    }
}

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"];

describe("HTML report in headless Chromium", function () {
    this.timeout(180_000);
    let context: BrowserContext | undefined;
    let page: Page;
    let screenshot: Buffer;
    let tmp: string;
    const requests: string[] = [];
    const blocked: string[] = [];
    const consoleErrors: string[] = [];

    before(async function () {
        const executablePath = chromiumPath();
        if (!executablePath) {
            if (process.env.EU_SOV_REQUIRE_BROWSER === "1") throw new Error("chromium is not installed and EU_SOV_REQUIRE_BROWSER=1 (install it: apt-get install chromium)");
            console.log("    (skipped: no `chromium` on PATH; set EU_SOV_REQUIRE_BROWSER=1 to make this a failure)");
            this.skip();
        }
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-browser-"));
        const report = path.join(tmp, "report.html");
        const r = await runCli(["audit", "examples/stack-export/prod.json", "--format", "html", "-o", report], { cwd: ROOT });
        assert.equal(r.code, 1, r.stderr);
        const { chromium } = await import("playwright-core");
        context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
            executablePath,
            headless: true,
            args: ARGS,
            offline: true,
            viewport: { width: 1280, height: 900 },
            deviceScaleFactor: 1,
        });
        context.on("request", (req) => requests.push(req.url()));
        await context.route("**/*", (route) => {
            const url = route.request().url();
            if (url.startsWith("file://")) return route.continue();
            blocked.push(url);
            return route.abort("blockedbyclient");
        });
        page = context.pages()[0] ?? (await context.newPage());
        // A resource the page's Content-Security-Policy refuses is never requested: Chromium says so on the console.
        page.on("console", (m) => (m.type() === "error" || m.type() === "warning" ? consoleErrors.push(m.text()) : undefined));
        await page.goto(`file://${report}`, { waitUntil: "load" });
        screenshot = await page.screenshot({ path: path.join(tmp, "report.png"), fullPage: true });
        console.log(`    screenshot: ${path.join(tmp, "report.png")}`);
    });

    after(async () => {
        await context?.close();
        if (tmp && !process.env.EU_SOV_KEEP_SCREENSHOT) fs.rmSync(tmp, { recursive: true, force: true });
    });

    it("loads nothing but the report file: no request leaves the machine", () => {
        assert.deepEqual(blocked, []);
        assert.ok(requests.length >= 1, "the report itself was requested");
        assert.deepEqual(requests.filter((u) => !u.endsWith("/report.html")), []);
        assert.deepEqual(consoleErrors, []);
    });

    it("would see a page that reaches for the network (the recorder is not blind)", async () => {
        const control = path.join(tmp, "control.html");
        fs.writeFileSync(control, `<!DOCTYPE html><html><body><img src="http://eu-sov.invalid/pixel.png"></body></html>`);
        const p = await context!.newPage();
        await p.goto(`file://${control}`, { waitUntil: "load" });
        assert.deepEqual(blocked, ["http://eu-sov.invalid/pixel.png"]);
        // Under the report's CSP the same image is refused before any request, and the console says so.
        const report = fs.readFileSync(path.join(tmp, "report.html"), "utf8");
        const csp = /<meta http-equiv="Content-Security-Policy" content="[^"]+">/.exec(report)?.[0];
        assert.ok(csp);
        fs.writeFileSync(control, `<!DOCTYPE html><html><head>${csp}</head><body><img src="http://eu-sov.invalid/csp.png"></body></html>`);
        const said: string[] = [];
        p.on("console", (m) => said.push(m.text()));
        await p.goto(`file://${control}`, { waitUntil: "load" });
        await p.close();
        assert.deepEqual(blocked, ["http://eu-sov.invalid/pixel.png"]);
        assert.ok(said.some((t) => /Content Security Policy/.test(t) && t.includes("csp.png")), said.join("\n"));
    });

    it("shows the level reached and the disclaimer", async () => {
        const level = page.locator("#label .level-number").first();
        assert.ok(await level.isVisible());
        assert.equal(await level.innerText(), "Level 0 of 3");
        assert.ok(await page.getByText("Level 1 is blocked by:").isVisible());
        const disclaimer = page.locator("#disclaimer");
        assert.ok(await disclaimer.isVisible());
        assert.match(await disclaimer.innerText(), /Self-assessment against published criteria.*not a Gaia-X certification/);
    });

    it("draws the country outlines of both maps", async () => {
        for (const map of ["world", "europe"]) {
            const svg = page.locator(`#map-${map}`);
            assert.ok(await svg.isVisible(), `${map} map visible`);
            const box = await svg.boundingBox();
            assert.ok(box && box.width > 300 && box.height > 200, `${map} map has a size: ${JSON.stringify(box)}`);
            const paths = await svg.locator("path.country").count();
            assert.ok(paths > 40, `${map}: ${paths} outlines`);
            // The outlines are painted: one of them has a real on-screen extent.
            const outline = await svg.locator("path.country").evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().width)));
            assert.ok(outline > 20, `${map}: widest outline ${outline}px`);
        }
    });

    for (const [map, location, colour, text] of [
        ["world", "us-east-1", "red", "not allowed"],
        ["europe", "eu-west-1", "green", "allowed"],
    ] as const) {
        it(`shows a ${colour} dot for ${location} on the ${map} map, with its name, count and verdict`, async () => {
            const site = page.locator(`#map-${map} g.site[data-location="${location}"]`);
            assert.equal(await site.count(), 1);
            const circle = site.locator("circle");
            assert.ok(await circle.isVisible());
            const fill = await circle.evaluate((e) => e.ownerDocument.defaultView?.getComputedStyle(e).fill);
            assert.equal(fill, colour === "red" ? "rgb(207, 34, 46)" : "rgb(26, 127, 55)");
            // Visible text beside and inside the dot, and the tooltip.
            for (const [cls, want] of [["name", location], ["count", location === "us-east-1" ? "2" : "7"]]) {
                const t = site.locator(`text.${cls}`);
                assert.ok(await t.isVisible(), `${cls} visible`);
                assert.equal(await t.textContent(), want);
            }
            assert.match(await site.locator("title").textContent() ?? "", new RegExp(`^aws ${location} \\([^)]+\\): ${text} · `));
            // The dot is what is painted there: the element on top at its centre, and the screenshot's colour above it.
            await circle.scrollIntoViewIfNeeded();
            const box = await circle.boundingBox();
            assert.ok(box);
            const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
            const [top, sx, sy] = await circle.evaluate((e, [x, y]) => {
                const doc = e.ownerDocument;
                return [doc.elementFromPoint(x, y)?.closest("g.site")?.getAttribute("data-location"), doc.defaultView?.scrollX ?? 0, doc.defaultView?.scrollY ?? 0] as const;
            }, [cx, cy]);
            assert.equal(top, location);
            // The full-page screenshot is in page coordinates; the box is in the scrolled viewport's.
            // Left of the centre: clear of the count, inside the white rim.
            const [r, g, b] = readPng(screenshot).rgb(cx + sx - box.width * 0.25, cy + sy);
            if (colour === "red") assert.ok(r > 150 && g < 90 && b < 100, `red on screen at ${location}: ${r},${g},${b}`);
            else assert.ok(g > 100 && r < 80 && b < 100, `green on screen at ${location}: ${r},${g},${b}`);
            // The sites table says the same in words.
            const row = page.locator(`table.sites tr[data-location="${location}"]`);
            assert.ok(await row.isVisible());
            assert.match(await row.innerText(), new RegExp(`${location}\\s+aws\\s+.*\\s${text}\\s`));
        });
    }
});
