namespace Lagesbild.Site.Content;

/// <summary>Turns a character offset in a text into the 1-based line and column an editor sees.</summary>
public sealed class SourceLines
{
    private readonly List<int> _lineStarts = [0];

    public SourceLines(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) At(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
