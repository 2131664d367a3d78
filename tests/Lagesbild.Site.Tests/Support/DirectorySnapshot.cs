using System.Security.Cryptography;

namespace Lagesbild.Site.Tests.Support;

/// <summary>Every file under a folder with the hash of its bytes, for comparing two builds.</summary>
public static class DirectorySnapshot
{
    public static SortedDictionary<string, string> Take(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(
            path => Path.GetRelativePath(directory, path).Replace('\\', '/'),
            path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))), StringComparer.Ordinal);
}
