using System.Security.Cryptography;
using System.Text;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Search;

/// <summary>
/// Keeps each edition's built index and text files by a hash of everything it is made from, so Node.js runs
/// only for editions whose index can have changed: an older edition's text rarely does, and a
/// build where none did starts no Node at all. The key is the exact bytes sent to build-index.mjs
/// for that edition, plus the bytes of every file of <c>src/search-index</c> (the script and the
/// code it loads) and the installed package versions (<c>node_modules/.package-lock.json</c>);
/// build-index.mjs writes one line per edition from that edition's documents alone, so an entry
/// found under the key is the very line Node would write. The cache lives outside the output
/// folder; an entry that is damaged (its own hash does not match) is ignored and rebuilt, and a
/// cache folder that cannot be read or written only costs the Node run it would have saved.
/// </summary>
public static class SearchIndexCache
{
    /// <summary>Set (to anything) to build every index with Node, as without a cache.</summary>
    public const string DisableVariable = "LAGESBILD_NO_CACHE";

    /// <summary>Entries not used for this long are removed when new ones are written.</summary>
    private static readonly TimeSpan Unused = TimeSpan.FromDays(30);

    private static readonly byte[] Header = "lagesbild search index v2 "u8.ToArray();

    /// <summary>
    /// The cache folder the CLI uses: <c>$XDG_CACHE_HOME/lagesbild/search-index</c>, else
    /// <c>~/.cache/lagesbild/search-index</c>; null (no cache) when <see cref="DisableVariable"/>
    /// is set, or when LAGESBILD_SEARCH_STATS asks Node for figures (bench/search.sh).
    /// </summary>
    public static string? DefaultDirectory() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("LAGESBILD_SEARCH_STATS")) ? UserCacheFolder("search-index") : null;

    /// <summary>
    /// A folder of the user's cache for this tool: <c>$XDG_CACHE_HOME/lagesbild/NAME</c>, else
    /// <c>~/.cache/lagesbild/NAME</c>; null when <see cref="DisableVariable"/> is set or there is no home.
    /// </summary>
    public static string? UserCacheFolder(string name)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(DisableVariable)))
        {
            return null;
        }

        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(root) || !Path.IsPathRooted(root))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(home))
            {
                return null;
            }

            root = Path.Combine(home, ".cache");
        }

        return Path.Combine(root, "lagesbild", name);
    }

    /// <summary>
    /// The index and text file of each edition, in the order given: from the cache where the key
    /// matches, the rest from one run of Node. Without a cache folder, exactly <see cref="LunrIndexBuilder.Build"/>.
    /// </summary>
    public static IReadOnlyList<SearchIndexOutput>? Build(LunrIndexBuilder builder, IReadOnlyList<SearchEdition> editions, string? directory, DiagnosticBag diagnostics)
    {
        var fingerprint = directory is null ? null : Fingerprint(builder.Directory);
        if (directory is null || fingerprint is null)
        {
            return builder.Build(editions, diagnostics);
        }

        var keys = editions.Select(e => Key(fingerprint, LunrIndexBuilder.Input([e]))).ToList();
        var indexes = keys.Select(k => Read(directory, k)).ToList();
        var missing = Enumerable.Range(0, editions.Count).Where(i => indexes[i] is null).ToList();
        if (missing.Count > 0)
        {
            var built = builder.Build([.. missing.Select(i => editions[i])], diagnostics);
            if (built is null)
            {
                return null;
            }

            for (var m = 0; m < missing.Count; m++)
            {
                indexes[missing[m]] = built[m];
                Write(directory, keys[missing[m]], built[m]);
            }

            Prune(directory);
        }

        return indexes!;
    }

    /// <summary>
    /// The hash of the builder: every file of the search-index folder outside node_modules and
    /// hidden folders, by path and content, and the installed package tree npm records. Null (no
    /// caching) when npm's record is missing: then nothing pins the package versions.
    /// </summary>
    internal static byte[]? Fingerprint(string searchIndexDirectory)
    {
        try
        {
            var installed = Path.Combine(searchIndexDirectory, "node_modules", ".package-lock.json");
            if (!File.Exists(installed))
            {
                return null;
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var files = Directory.EnumerateFiles(searchIndexDirectory, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(searchIndexDirectory, f).Replace('\\', '/'))
                .Where(f => !f.Split('/').Any(part => part.StartsWith('.') || part == "node_modules"))
                .Order(StringComparer.Ordinal)
                .Append("node_modules/.package-lock.json");
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(Path.Combine(searchIndexDirectory, file));
                AppendFramed(hash, Encoding.UTF8.GetBytes(file));
                AppendFramed(hash, bytes);
            }

            return hash.GetHashAndReset();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Key(byte[] fingerprint, byte[] input)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendFramed(hash, Header);
        AppendFramed(hash, fingerprint);
        AppendFramed(hash, input);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Length, then bytes: no two different sequences of parts hash the same stream.</summary>
    private static void AppendFramed(IncrementalHash hash, byte[] bytes)
    {
        hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
        hash.AppendData(bytes);
    }

    /// <summary>
    /// An entry is the header, the hex SHA-256 of the body, a line break, then the body: the index
    /// file's length (8 bytes), the index file, then the text file.
    /// </summary>
    private static SearchIndexOutput? Read(string directory, string key)
    {
        try
        {
            var path = Path.Combine(directory, key + ".json");
            if (!File.Exists(path))
            {
                return null;
            }

            var entry = File.ReadAllBytes(path);
            var bodyStart = Header.Length + 64 + 1;
            if (entry.Length < bodyStart || !entry.AsSpan(0, Header.Length).SequenceEqual(Header) || entry[bodyStart - 1] != (byte)'\n')
            {
                return null;
            }

            var body = entry[bodyStart..];
            var expected = Encoding.ASCII.GetString(entry, Header.Length, 64);
            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(body)), expected, StringComparison.Ordinal))
            {
                return null;
            }

            var indexLength = body.Length < 8 ? -1 : BitConverter.ToInt64(body, 0);
            if (indexLength < 0 || indexLength > body.Length - 8)
            {
                return null;
            }

            // Marks the entry as used, so pruning keeps it.
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return new SearchIndexOutput(body[8..(8 + (int)indexLength)], body[(8 + (int)indexLength)..]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Written to a temporary name and renamed, so a reader never sees half an entry.</summary>
    private static void Write(string directory, string key, SearchIndexOutput output)
    {
        byte[] index = [.. BitConverter.GetBytes((long)output.Index.Length), .. output.Index, .. output.Text];
        var temporary = Path.Combine(directory, $".{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = File.Create(temporary))
            {
                stream.Write(Header);
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(SHA256.HashData(index))));
                stream.WriteByte((byte)'\n');
                stream.Write(index);
            }

            File.Move(temporary, Path.Combine(directory, key + ".json"), overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    private static void Prune(string directory)
    {
        try
        {
            var cutoff = DateTime.UtcNow - Unused;
            foreach (var file in new DirectoryInfo(directory).EnumerateFiles())
            {
                if (file.LastWriteTimeUtc < cutoff)
                {
                    TryDelete(file.FullName);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Pruning is housekeeping; a folder that cannot be listed just keeps its entries.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next prune.
        }
    }
}
