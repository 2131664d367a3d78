using System.Collections.Immutable;

namespace Lagesbild.Site.Diagnostics;

/// <summary>Collects findings so one run reports every problem, not just the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Any(d => d.Severity == Severity.Error);
            }
        }
    }

    public void Error(string code, SourceLocation location, Phrase message, Phrase? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, location, message, hint));

    public void Warning(string code, SourceLocation location, Phrase message, Phrase? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code, location, message, hint));

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>The findings in file order, so output is stable whatever order stages ran in.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray()
    {
        lock (_lock)
        {
            return [.. _items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message.English, StringComparer.Ordinal)];
        }
    }
}
