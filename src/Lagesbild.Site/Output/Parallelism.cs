using System.Runtime.ExceptionServices;

namespace Lagesbild.Site.Output;

/// <summary>
/// Runs independent work on every core (rendering pages, writing files). It lives with the writer,
/// so Render and Output need no reference back to Build. A failure comes out as itself, not
/// wrapped in an <see cref="AggregateException"/>, so the handlers that turn an
/// <see cref="IOException"/> or a bug into a finding with its place still recognise it.
/// </summary>
public static class Parallelism
{
    /// <summary>Calls <paramref name="body"/> with each item and its index, in any order and at once.</summary>
    public static void ForEach<T>(IReadOnlyList<T> items, Action<T, int> body)
    {
        try
        {
            Parallel.For(0, items.Count, i => body(items[i], i));
        }
        catch (AggregateException ex)
        {
            ExceptionDispatchInfo.Capture(ex.Flatten().InnerExceptions[0]).Throw();
        }
    }
}
