using System.Text;
using Lagesbild.Site.Search;
using Lagesbild.Site.Tests.Search.LunrEquality;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>The search stage: one plan from the site plan, indexes built in this process, the runtime compiled in.</summary>
public sealed class SearchStageTests
{
    private static readonly SearchDocument[] Documents =
    [
        new("/2024/a/#inbrott", "Inbrott i bostad", "Brottsligheten", SearchDocument.SectionKind, "Antalet bostadsinbrott ökade till 1 047.", "", ""),
        new("/2024/a/#tabell-t", "Tabell", "Brottsligheten", SearchDocument.TableKind, "Källa: Polisen.", "Älvsjö · 230", "Inbrott i bostad"),
    ];

    [Fact]
    public void Several_editions_are_built_each_into_its_own_index_at_the_paths_of_the_plan()
    {
        var older = new SearchDocument("/2023/b/", "Rån", "Brottsligheten", SearchDocument.SectionKind, "Personrån i Fruängen.", "", "");
        var plan = PlanOf(new SearchEdition(2024, Documents, []), new SearchEdition(2023, [older], []));

        var files = SearchStage.Index(plan).ToDictionary(f => f.RelativePath, f => Encoding.UTF8.GetString(f.Content));

        Assert.Equal(4, files.Count);
        Assert.Contains("/2024/a/#inbrott", files[plan.IndexPaths[2024]], StringComparison.Ordinal);
        Assert.DoesNotContain("/2023/", files[plan.IndexPaths[2024]], StringComparison.Ordinal);
        Assert.Contains("/2023/b/", files[plan.IndexPaths[2023]], StringComparison.Ordinal);
        Assert.Contains("Personrån i Fruängen.", files[plan.TextPaths[2023]], StringComparison.Ordinal);
        Assert.DoesNotContain("Personrån", files[plan.TextPaths[2024]], StringComparison.Ordinal);
        // The index names its own text file, which the browser fetches after it.
        Assert.Contains($"\"text\":\"{Path.GetFileName(plan.TextPaths[2024])}\"", files[plan.IndexPaths[2024]], StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_documents_get_new_file_names_and_the_same_documents_the_same_bytes()
    {
        var first = PlanOf(new SearchEdition(2024, Documents, []));
        var again = PlanOf(new SearchEdition(2024, Documents, []));
        var changed = PlanOf(new SearchEdition(2024, [Documents[0] with { Body = "Antalet bostadsinbrott minskade." }], []));

        Assert.Equal(first.IndexPaths[2024], again.IndexPaths[2024]);
        Assert.NotEqual(first.IndexPaths[2024], changed.IndexPaths[2024]);
        Assert.NotEqual(first.TextPaths[2024], changed.TextPaths[2024]);
        Assert.Equal(SearchStage.Index(first).Select(f => f.Content), SearchStage.Index(again).Select(f => f.Content));
    }

    [Fact]
    public void Every_document_of_the_frozen_report_is_found_by_its_own_title()
    {
        var output = NodeTools.Run(Path.Combine(NodeTools.SearchIndexDirectory, "build-index.mjs"), ["--check"],
            Encoding.UTF8.GetString(LunrReference.Input([LunrReference.FrozenEdition])));

        Assert.Equal("1 index(es) expand back to lunr's serialisation and find every document by its title\n", output);
    }

    [Fact]
    public void The_compiled_in_runtime_is_one_es_module_that_searches_with_the_builds_schema()
    {
        // Given the runtime as compiled in, published as a file of its own
        using var folder = new TempDirectory();
        var path = folder.Combine("search-runtime.mjs");
        File.WriteAllBytes(path, SearchRuntime.Script);

        // When Node imports it as a browser does: one module, nothing else to fetch
        var result = ExternalProcess.Run("node", ["--input-type=module", "-e",
            $"const r = await import({System.Text.Json.JsonSerializer.Serialize(new Uri(path).AbsoluteUri)}); console.log(r.schema, typeof r.open, typeof r.answer);"],
            folder.Path, null, TimeSpan.FromMinutes(1));

        // Then it reads the build's schema and offers what search-loader.js and search-view.js use
        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Equal($"{SearchSchema.Version} function function", Encoding.UTF8.GetString(result.Output).Trim());
        var runtime = Encoding.UTF8.GetString(SearchRuntime.Script);
        Assert.DoesNotMatch(@"(^|[;}\s])import\s*[\w{*'""]", runtime);
        Assert.Contains("lunr.sv", runtime, StringComparison.Ordinal);
    }

    [Fact]
    public void The_runtime_leaves_out_our_comments_but_keeps_the_licences()
    {
        var runtime = Encoding.UTF8.GetString(SearchRuntime.Script);
        var core = File.ReadAllText(Path.Combine(NodeTools.SearchIndexDirectory, "search-core.js"));

        // The reader downloads code and the licences of lunr and lunr-languages, not our comments.
        Assert.Contains("The search's understanding of Swedish text", core, StringComparison.Ordinal);
        Assert.DoesNotContain("The search's understanding of Swedish text", runtime, StringComparison.Ordinal);
        Assert.Contains("@license", runtime, StringComparison.Ordinal);
        Assert.Contains("Copyright 2014, Mihai Valentin", runtime, StringComparison.Ordinal);
    }

    private static SearchPlan PlanOf(params SearchEdition[] editions) => SearchStage.Plan([.. editions], SearchMode.Inline);
}
