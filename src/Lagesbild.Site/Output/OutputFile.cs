using System.Text;

namespace Lagesbild.Site.Output;

/// <summary>One file of the built site: a path relative to the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string RelativePath, byte[] Content)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string relativePath, string text) => new(relativePath, Utf8.GetBytes(text));
}
