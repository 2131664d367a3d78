using System.Text;
using Lagesbild.Site.Search;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// The search document schema has one version that C#, build-index.mjs and the browser agree on,
/// and a mismatch fails loudly instead of building or showing wrong results. (That the runtime the
/// browser runs reads the build's version is SearchStageTests' compiled-in runtime test.)
/// </summary>
public sealed class SearchSchemaTests
{
    [Fact]
    public void The_index_input_starts_with_its_schema_version()
    {
        var json = Encoding.UTF8.GetString(LunrEquality.LunrReference.Input([new SearchEdition(2024, [], [])]));

        Assert.StartsWith($"{{\"schema\":{SearchSchema.Version},\"editions\":[", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_builder_refuses_documents_of_another_schema()
    {
        var input = $"{{\"schema\":{SearchSchema.Version + 1},\"editions\":[]}}";

        var result = ExternalProcess.Run("node", ["build-index.mjs"], NodeTools.SearchIndexDirectory, Encoding.UTF8.GetBytes(input), TimeSpan.FromMinutes(1));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains($"schema {SearchSchema.Version + 1}", result.Errors, StringComparison.Ordinal);
        Assert.Contains($"reads schema {SearchSchema.Version}", result.Errors, StringComparison.Ordinal);
    }
}
