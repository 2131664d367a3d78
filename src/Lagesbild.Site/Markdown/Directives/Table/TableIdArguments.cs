using System.Text.RegularExpressions;

namespace Lagesbild.Site.Markdown.Directives.Table;

/// <summary>
/// A table id after the keyword (<c>::: table anmalda-brott</c>), spelled like its file name in
/// <c>data/</c>, and, when <paramref name="columnsAllowed"/>, any number of column keys after it.
/// </summary>
public sealed partial class TableIdArguments(bool columnsAllowed) : DirectiveArguments
{
    public override DirectiveProblem? Problem(string keyword, IReadOnlyList<DirectiveWord> words, int keywordOffset)
    {
        if (words.Count == 0)
        {
            return new DirectiveProblem(
                new($"`::: {keyword}` saknar tabellens id.", $"`::: {keyword}` has no table id"),
                new($"Skriv id:t efter ordet, till exempel `::: {keyword} anmalda-brott` för filen `data/anmalda-brott.yml`.",
                    $"write the id after it, e.g. `::: {keyword} anmalda-brott` for the file `data/anmalda-brott.yml`"),
                keywordOffset);
        }

        if (!TableId().IsMatch(words[0].Text))
        {
            return new DirectiveProblem(
                new($"`{words[0].Text}` är inte ett tabell-id.", $"`{words[0].Text}` is not a table id"),
                new("Ett id får bara innehålla små bokstäver a–z, siffror och bindestreck, precis som filnamnet i `data/`.",
                    "an id may use only lowercase a–z, digits and hyphens, like its file name in `data/`"),
                words[0].Offset);
        }

        return !columnsAllowed && words.Count > 1
            ? new DirectiveProblem(
                new($"`::: {keyword} {words[0].Text}` ska bara ha ett id, men raden har mer: `{words[1].Text}`.",
                    $"`::: {keyword} {words[0].Text}` takes one id, but the line goes on with `{words[1].Text}`"),
                new("Ta bort det som står efter id:t. Vill du rita bara vissa kolumner, använd `::: chart id kolumn`.",
                    "remove what follows the id; to draw only some columns use `::: chart id column`"),
                words[1].Offset)
            : null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TableId();
}
