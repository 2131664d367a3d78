namespace Lagesbild.Site.Output;

/// <summary>
/// Writes the whole site into a temporary sibling folder and only then swaps it in, so a failed or
/// interrupted build never leaves readers (or the dev server) with half a site.
/// </summary>
public static class StagedDirectoryWriter
{
    public static void Write(string outputDirectory, IReadOnlyCollection<OutputFile> files)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("the output folder has no parent", nameof(outputDirectory));
        Directory.CreateDirectory(parent);
        var staging = $"{target}.tmp-{Guid.NewGuid():N}";
        try
        {
            foreach (var file in files)
            {
                var path = SafeCombine(staging, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            Swap(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Joins a relative output path to the folder, refusing anything that would land outside it.</summary>
    public static string SafeCombine(string root, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        var rootWithSeparator = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write `{relativePath}` outside the output folder");
        }

        return full;
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        // Two renames: the old site stays complete until the new one is in place.
        var old = $"{target}.old-{Guid.NewGuid():N}";
        Directory.Move(target, old);
        Directory.Move(staging, target);
        Directory.Delete(old, recursive: true);
    }
}
