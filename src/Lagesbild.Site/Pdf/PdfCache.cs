using System.Security.Cryptography;
using System.Text;

namespace Lagesbild.Site.Pdf;

/// <summary>
/// Keeps each finished PDF by a hash of everything it is printed from: the print view's bytes, the
/// bytes of every site file it loads (stylesheet, pictures), the document information and the
/// finisher's version. A published edition whose print view is unchanged therefore keeps its PDF
/// byte for byte, even when Chromium or its fonts change, for as long as the cache is kept (CI
/// keeps <c>~/.cache/lagesbild</c> between publishes), and <c>pdf</c> starts no Chromium at all
/// when no edition changed. The Chromium version is deliberately not part of the key. An entry is
/// its SHA-256, a line break and the PDF; a damaged one is ignored and printed again.
/// </summary>
public sealed class PdfCache(string? directory)
{
    private static readonly byte[] Header = "lagesbild pdf v1 "u8.ToArray();

    /// <summary>
    /// <c>$XDG_CACHE_HOME/lagesbild/pdf</c>, else <c>~/.cache/lagesbild/pdf</c>; null (print every
    /// time) when LAGESBILD_NO_CACHE is set.
    /// </summary>
    public static string? DefaultDirectory()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("LAGESBILD_NO_CACHE")))
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

        return Path.Combine(root, "lagesbild", "pdf");
    }

    public static string Key(PdfDocumentInfo info, byte[] page, IEnumerable<(string Path, byte[] Content)> loads)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, Header);
        Append(hash, Encoding.UTF8.GetBytes($"{PdfFinisher.Version}\n{info.Title}\n{info.Language}\n{info.Published:yyyy-MM-dd}\n{info.SiteOrigin}"));
        Append(hash, page);
        foreach (var (path, content) in loads.OrderBy(l => l.Path, StringComparer.Ordinal))
        {
            Append(hash, Encoding.UTF8.GetBytes(path));
            Append(hash, content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public byte[]? Read(string key)
    {
        if (directory is null)
        {
            return null;
        }

        try
        {
            var path = Path.Combine(directory, key + ".pdf");
            if (!File.Exists(path))
            {
                return null;
            }

            var entry = File.ReadAllBytes(path);
            if (entry.Length < 65 || entry[64] != (byte)'\n')
            {
                return null;
            }

            var pdf = entry[65..];
            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(pdf)), Encoding.ASCII.GetString(entry, 0, 64), StringComparison.Ordinal))
            {
                return null;
            }

            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return pdf;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Written under a temporary name and renamed, so a reader never sees half an entry; a cache that cannot be written only costs the next print.</summary>
    public void Write(string key, byte[] pdf)
    {
        if (directory is null)
        {
            return;
        }

        var temporary = Path.Combine(directory, $".{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = File.Create(temporary))
            {
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(SHA256.HashData(pdf))));
                stream.WriteByte((byte)'\n');
                stream.Write(pdf);
            }

            File.Move(temporary, Path.Combine(directory, key + ".pdf"), overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Left behind; harmless, it is never read under a key.
            }
        }
    }

    private static void Append(IncrementalHash hash, byte[] bytes)
    {
        hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
        hash.AppendData(bytes);
    }
}
