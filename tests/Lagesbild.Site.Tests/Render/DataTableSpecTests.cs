using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Render;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render;

/// <summary>
/// Runs every example of Specs/DataTableSpecs.md: a table file as an editor writes it, read by
/// the content loader's reader and written by the page's table writer, gives the HTML shown.
/// </summary>
public sealed class DataTableSpecTests
{
    /// <summary>The line between an example's YAML and its HTML, as in the CommonMark spec.</summary>
    private const string Separator = "\n.\n";

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        var number = 0;
        foreach (var example in SpecFile.Examples("DataTableSpecs.md"))
        {
            number++;
            var split = example.IndexOf(Separator, StringComparison.Ordinal);
            Assert.True(split > 0, $"example {number} of DataTableSpecs.md has no line `.` between its YAML and its HTML");
            data.Add($"example {number}", example[..split] + "\n", example[(split + Separator.Length)..]);
        }

        return data;
    }

    [Fact]
    public void The_spec_has_examples()
    {
        Assert.True(Examples().Count >= 8, "DataTableSpecs.md lost its examples");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Writes_the_table_an_editor_describes(string name, string yaml, string expected)
    {
        var diagnostics = new DiagnosticBag();

        var table = DataTableFileReader.ReadText("t", "data/t.yml", yaml, diagnostics);

        Assert.True(table is not null && !diagnostics.HasErrors,
            $"{name}: " + string.Join("\n", diagnostics.ToSortedArray().Select(d => d.Format(Language.English))));
        Assert.Equal(expected.Replace('␣', '\u00A0'), TableOnly(TableHtmlWriter.Write(table, "tabell-t")));
    }

    /// <summary>The table and the notes under it, without the wrapping figure and scroll region every table has.</summary>
    private static string TableOnly(string html) =>
        string.Join('\n', html.TrimEnd('\n').Split('\n').Where(line =>
            !line.StartsWith("<figure class=\"data-table\"", StringComparison.Ordinal)
            && !line.StartsWith("<div class=\"table-scroll\"", StringComparison.Ordinal)
            && line is not "</div>" and not "</figure>"));
}
