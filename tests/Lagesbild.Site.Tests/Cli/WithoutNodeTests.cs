using System.Text.Json;
using Lagesbild.Site.Tests.Search;
using Lagesbild.Site.Tests.Search.LunrEquality;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Cli;

/// <summary>
/// The compiled CLI needs no Node.js: <c>check</c> and <c>build</c> run with a PATH that holds
/// dotnet and nothing else (an editor's PC, a slim CI step), and the site <c>build</c> writes there
/// is searchable, its index the very bytes lunr.js writes.
/// </summary>
public sealed class WithoutNodeTests : IDisposable
{
    private readonly TempDirectory _bin = new();

    public WithoutNodeTests()
    {
        // A PATH with dotnet and nothing else: no node, no npm.
        File.CreateSymbolicLink(_bin.Combine("dotnet"), Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "/usr/bin/dotnet");
    }

    [Fact]
    public void Check_passes_without_node_on_the_path()
    {
        using var site = MinimalSite.With();

        var run = Run(site.Root, "check", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.StartsWith("No errors and no warnings: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_without_node_still_reports_content_errors()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-fel.md --
            ---
            title: Fel
            ---

            Se [saknat](09-finns-inte.md).
            """);

        var run = Run(site.Root, "check", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/2024/02-fel.md:5:4: error: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_without_node_writes_a_searchable_site_whose_index_is_the_one_lunr_js_writes()
    {
        using var site = TestSite.FromFrozenReport();

        var run = Run(site.Root, "build", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        var indexPath = SearchFiles.IndexIn(site.OutputDirectory, 2024);
        var index = File.ReadAllText(indexPath);
        var textFile = JsonDocument.Parse(index).RootElement.GetProperty("text").GetString()!;
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(indexPath)!, textFile)), $"the index names {textFile}, which was not written");
        Assert.Contains("search-runtime.", string.Join(' ', Directory.GetFiles(Path.Combine(site.OutputDirectory, "assets")).Select(Path.GetFileName)), StringComparison.Ordinal);
        // Node.js (the tests' reference, not the build's) writes the same bytes from the same documents…
        var reference = LunrReference.Build([LunrReference.FrozenEdition with { TextFile = textFile }]).Single();
        Assert.Equal(reference.Index, index);
        Assert.Equal(reference.Text, File.ReadAllText(Path.Combine(Path.GetDirectoryName(indexPath)!, textFile)));
        // …and lunr in Node, with the browser's query code, answers from it.
        var answers = JsonSerializer.Deserialize<List<QueryAnswer>>(NodeTools.Query(indexPath, ["inbrott", "alvsjo"], 5), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.All(answers, a => Assert.True(a.Results.Count > 0 && a.Results.All(r => r.Url.StartsWith("/2024/", StringComparison.Ordinal)), a.Describe()));
    }

    public void Dispose() => _bin.Dispose();

    private (int ExitCode, string Output, string Errors) Run(string workingDirectory, params string[] arguments)
    {
        var run = CliRunner.ExecuteWith(_bin.Combine("dotnet"), new Dictionary<string, string> { ["PATH"] = _bin.Path }, global::Lagesbild.Site.Diagnostics.Language.English, workingDirectory, arguments);
        return (run.ExitCode, run.StandardOutput, run.StandardError);
    }
}
