using Lagesbild.Site.Diagnostics;
using YamlDotNet.Core;

namespace Lagesbild.Site.Content;

/// <summary>
/// Stops YamlDotNet's loader at the first construct the content may not use (an alias, a tag, too
/// deep nesting); <see cref="YamlSource.LoadRoot"/> turns it into one diagnostic.
/// </summary>
public sealed class YamlLimitException(string code, Mark start, Phrase message, Phrase hint) : Exception(message.English)
{
    public string Code { get; } = code;

    public Mark Start { get; } = start;

    public Phrase Problem { get; } = message;

    public Phrase Hint { get; } = hint;
}
