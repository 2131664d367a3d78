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

    /// <summary>Adds a finding; a code at a severity it does not have is a bug, not a finding.</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (DiagnosticCodes.SeverityOf(diagnostic.Code) != diagnostic.Severity)
        {
            throw new InvalidOperationException(
                $"{diagnostic.Code} is {(diagnostic.Severity == Severity.Error ? "a warning" : "an error")} (DiagnosticCodes.Warnings), not reported as {diagnostic.Severity}.");
        }

        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>
    /// Errors first, then warnings, each in file order: output is stable whatever order stages ran in,
    /// and what stops the build is never buried under a list of warnings. Every output (terminal,
    /// annotations, summary, serve's overlay) prints this order.
    /// </summary>
    public ImmutableArray<Diagnostic> ToSortedArray()
    {
        lock (_lock)
        {
            return [.. _items
                .OrderBy(d => d.Severity == Severity.Error ? 0 : 1)
                .ThenBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message.English, StringComparer.Ordinal)];
        }
    }
}
