namespace Lagesbild.Site.Markdown.Directives;

/// <summary>The rule for the words after a directive's keyword on its opening line.</summary>
public abstract class DirectiveArguments
{
    /// <summary>Nothing may follow the keyword (<c>::: internal</c>, <c>::: figure</c>).</summary>
    public static DirectiveArguments None { get; } = new NoArguments();

    /// <summary>
    /// Why <paramref name="words"/> are not what the directive takes, or null when they are.
    /// <paramref name="keywordOffset"/> is where the keyword starts in the line, for a missing word.
    /// </summary>
    public abstract DirectiveProblem? Problem(string keyword, IReadOnlyList<DirectiveWord> words, int keywordOffset);

    private sealed class NoArguments : DirectiveArguments
    {
        public override DirectiveProblem? Problem(string keyword, IReadOnlyList<DirectiveWord> words, int keywordOffset) =>
            words.Count == 0
                ? null
                : new DirectiveProblem(
                    new($"`::: {keyword}` ska stå ensamt på raden, utan något efter.", $"`::: {keyword}` takes nothing after it"),
                    new($"Ta bort `{words[0].Text}` från raden. Texten skrivs på raderna under.", $"remove `{words[0].Text}`; the text goes on the lines below"),
                    words[0].Offset);
    }
}
