namespace Lagesbild.Site.Tests.Support;

/// <summary>Reads the fenced <c>example</c> blocks of a spec file in Specs/ (Markdig's spec style, read at test time).</summary>
public static class SpecFile
{
    public static IEnumerable<string> Examples(string fileName)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Lagesbild.Site.Tests", "Specs", fileName);
        var lines = File.ReadAllLines(path);
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (current is null && line.StartsWith("```example", StringComparison.Ordinal))
            {
                current = [];
            }
            else if (current is not null && line.StartsWith("```", StringComparison.Ordinal))
            {
                yield return string.Join('\n', current);
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }
    }
}
