using System.Globalization;
using Microsoft.Playwright;
using Twin.Host.Tests.Support;
using Xunit.Abstractions;

namespace Twin.Host.Tests;

/// <summary>
/// The page as a person uses it, in a real headless chromium: open it, pick a scenario, run it,
/// and read the Sankey. A screenshot of the page is left in the test output.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
[Trait("Category", "Browser")]
public sealed class WebPageTests(EmbeddedHostFixture fixture, ITestOutputHelper output)
{
    private const string Scenario = "weihai-etdz:reclaimed-2023";
    private const float Patience = 120_000;

    private HostProcess Host => fixture.Host;

    [ChromiumFact]
    public async Task Run_FromThePage_SankeyShowsHuanengsFlowsWithTheirValues()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        page.SetDefaultTimeout(Patience);

        await page.GotoAsync(Host.Ports.BaseAddress.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.SelectOptionAsync("#scenario", Scenario);
        await page.WaitForSelectorAsync("#status[data-state]");
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#status[data-state=completed]");
        var link = page.Locator("#sankey path.link[data-source=huaneng]").First;
        await link.WaitForAsync();

        var shown = double.Parse((await link.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        var target = await link.GetAttributeAsync("data-target");
        var carrier = await link.GetAttributeAsync("data-carrier");
        var title = await link.Locator("title").TextContentAsync();
        var label = await page.Locator("#sankey g.node[data-node=huaneng] text").TextContentAsync();
        await ScreenshotAsync(page);

        var served = (await Host.GetOkAsync("/api/scenarios/reclaimed-2023/flows?node=huaneng")).EnumerateArray()
            .Single(f => f.GetProperty("from").GetString() == "huaneng" && f.GetProperty("to").GetString() == target
                && f.GetProperty("carrier").GetString() == carrier)
            .GetProperty("water_t").GetDouble();
        Assert.StartsWith("Huaneng Weihai Power → ", title);
        var written = Math.Round(shown, 1, MidpointRounding.AwayFromZero)
            .ToString("#,##0.#", CultureInfo.InvariantCulture);
        Assert.Contains($"({written} t)", title);
        Assert.Equal(served, shown, served * 1e-12);
        Assert.StartsWith("Huaneng Weihai Power · ", label);
        Assert.Equal(23, await page.Locator("#indicators tbody tr").CountAsync());
    }

    [ChromiumFact]
    public async Task Open_Energy_ShowsAnEnergySankeyInGigajoules()
    {
        await Host.RunAsync("base-2020");
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync();
        page.SetDefaultTimeout(Patience);

        await page.GotoAsync($"{Host.Ports.BaseAddress}#weihai-etdz%3Abase-2020");
        await page.WaitForSelectorAsync("#sankey path.link");
        await page.SelectOptionAsync("#quantity", "energy");
        await page.WaitForSelectorAsync("#sankey path.link[data-unit=GJ]");

        var units = await page.Locator("#sankey path.link").EvaluateAllAsync<string[]>(
            "links => [...new Set(links.map(l => l.dataset.unit))]");
        Assert.Equal(["GJ"], units);
    }

    private async Task ScreenshotAsync(IPage page)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "page-after-run.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }
}
