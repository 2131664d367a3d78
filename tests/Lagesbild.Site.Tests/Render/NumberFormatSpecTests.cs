using System.Globalization;
using Lagesbild.Site.Model;
using Lagesbild.Site.Render;
using Lagesbild.Site.Tests.Support;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Tests.Render;

/// <summary>Runs every example of Specs/NumberFormatSpecs.md.</summary>
public sealed class NumberFormatSpecTests
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var example in SpecFile.Examples("NumberFormatSpecs.md"))
        {
            foreach (var line in example.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split(" → ");
                var input = parts[0].Split(' ');
                data.Add(input[0], input[1], parts[1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Formats_figures_the_Swedish_way(string type, string value, string expected)
    {
        var columnType = Enum.Parse<ColumnType>(type, ignoreCase: true);
        var shown = SwedishFormat.Number(decimal.Parse(value, CultureInfo.InvariantCulture), columnType);
        Assert.Equal(expected.Replace('␣', '\u00A0'), shown);
    }
}
