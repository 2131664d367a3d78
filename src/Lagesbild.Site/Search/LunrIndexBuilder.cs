using System.ComponentModel;
using System.Text;
using System.Text.Json;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Search;

/// <summary>
/// Builds the search indexes with lunr itself, by running <c>src/search-index/build-index.mjs</c>
/// in Node, and bundles the browser's search runtime (lunr, lunr-languages' Swedish support and our
/// search code), so the index is made by the very library that reads it in the browser. The
/// JavaScript that normalises Swedish text lives there once, for the build, the tests and the
/// browser, and never in C# strings.
/// </summary>
public sealed class LunrIndexBuilder
{
    /// <summary>The name layouts use for the browser bundle: lunr, Swedish support and our query code.</summary>
    public const string RuntimeAssetName = "search-runtime.js";

    private const string Script = "build-index.mjs";
    private const string RuntimeFiles = "runtime-files.txt";
    private static readonly string[] Packages = ["lunr", "lunr-languages"];
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly string _node;
    private readonly DisplayPath _paths;

    private LunrIndexBuilder(string directory, string node, DisplayPath paths)
    {
        Directory = directory;
        _node = node;
        _paths = paths;
    }

    /// <summary>The <c>src/search-index</c> folder with build-index.mjs and its node_modules.</summary>
    public string Directory { get; }

    /// <summary>
    /// Finds the repository's search-index folder (above the content or layouts folder, the current
    /// folder or this program) and installs its npm packages when they are missing.
    /// </summary>
    public static LunrIndexBuilder? Locate(string contentDirectory, string layoutsDirectory, DiagnosticBag diagnostics, DisplayPath? display = null)
    {
        var paths = display ?? DisplayPath.Full;
        var directory = SearchIndexFolder.Find(contentDirectory, layoutsDirectory);
        if (directory is null)
        {
            diagnostics.Error(DiagnosticCodes.Search.BuilderMissing, SourceLocation.File(paths.For(Path.GetFullPath(layoutsDirectory))),
                new($"Programmet som bygger sökningen (src/search-index/{Script}) hittades inte.", $"could not find src/search-index/{Script}, which builds the search index"),
                new("Kör bygget från en klon av hela repot, där src/search-index ligger bredvid content/ och layouts/.",
                    "run the build from a clone of the repository, or keep src/search-index next to content/ and layouts/"));
            return null;
        }

        if (NpmPackages.EnsureInstalled(directory, Packages) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.Search.PackagesMissing, SourceLocation.File(paths.For(Path.Combine(directory, "package.json"))),
                new($"Sökningens npm-paket kunde inte installeras: {problem}", $"the search index packages could not be installed: {problem}"),
                new("Installera Node.js 20 eller senare (med npm) och kör `npm ci` i src/search-index.", "install Node.js 20 or newer with npm, then run `npm ci` in src/search-index"));
            return null;
        }

        return new LunrIndexBuilder(directory, "node", paths);
    }

    /// <summary>A builder for a known folder, run with another Node.js executable (tests use a missing one).</summary>
    internal static LunrIndexBuilder At(string directory, string node) => new(directory, node, DisplayPath.Full);

    /// <summary>
    /// The browser bundle that loads and queries the index: the files runtime-files.txt lists
    /// (lunr, its Swedish support and our shared search code), joined in order as one script.
    /// </summary>
    public byte[]? BuildRuntime(DiagnosticBag diagnostics)
    {
        var manifest = Path.Combine(Directory, RuntimeFiles);
        var script = new StringBuilder();
        foreach (var line in File.ReadLines(manifest).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var path = Path.Combine(Directory, line);
            if (!File.Exists(path))
            {
                diagnostics.Error(DiagnosticCodes.Search.PackagesMissing, SourceLocation.File(_paths.For(manifest)),
                    new($"{line}, en del av sökningen, saknas.", $"{line}, a part of the search runtime, is missing"),
                    new("Kör `npm ci` i src/search-index.", "run `npm ci` in src/search-index"));
                return null;
            }

            var code = File.ReadAllText(path).Trim().ReplaceLineEndings("\n");
            // Our own files' comments are for the repository, not the reader's download (the first
            // search has 60 KB); node_modules files come minified.
            script.Append("/* ").Append(line).Append(" */\n").Append(line.StartsWith("node_modules/", StringComparison.Ordinal) ? code : WithoutCommentLines(code)).Append("\n;\n");
        }

        return Encoding.UTF8.GetBytes(script.ToString());
    }

    /// <summary>
    /// The code without its whole-line comments: lines starting with <c>//</c>, and block comments
    /// from a line starting with <c>/*</c> to the line that closes them. Comments after code stay.
    /// </summary>
    internal static string WithoutCommentLines(string code)
    {
        var kept = new StringBuilder();
        var inBlock = false;
        foreach (var line in code.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (inBlock || trimmed.StartsWith("/*", StringComparison.Ordinal))
            {
                inBlock = !line.Contains("*/", StringComparison.Ordinal);
                continue;
            }

            if (trimmed.Length > 0 && !trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                kept.Append(line).Append('\n');
            }
        }

        return kept.ToString().TrimEnd();
    }

    /// <summary>build-index.mjs itself: the index files depend on it, so their fingerprints include it.</summary>
    public byte[] ScriptBytes() => File.ReadAllBytes(Path.Combine(Directory, Script));

    /// <summary>The index and text file of each edition, in the order given, from one run of Node.</summary>
    public IReadOnlyList<SearchIndexOutput>? Build(IReadOnlyList<SearchEdition> editions, DiagnosticBag diagnostics)
    {
        var output = RunNode([], Input(editions), "the search index", diagnostics);
        if (output is null)
        {
            return null;
        }

        // Two lines per edition, its index and its text: JSON.stringify writes no raw line breaks.
        var lines = new List<byte[]>();
        for (var start = 0; start < output.Length;)
        {
            var end = Array.IndexOf(output, (byte)'\n', start);
            end = end < 0 ? output.Length : end;
            lines.Add(output[start..end]);
            start = end + 1;
        }

        if (lines.Count != 2 * editions.Count)
        {
            diagnostics.Error(DiagnosticCodes.Search.IndexFailed, SourceLocation.File(_paths.For(Path.Combine(Directory, Script))),
                new($"build-index.mjs skrev {lines.Count} filer för {editions.Count} utgåvor, inte två per utgåva.", $"build-index.mjs wrote {lines.Count} files for {editions.Count} editions, not two for each"),
                new("Kör `npm ci` i src/search-index och bygg igen.", "run `npm ci` in src/search-index and build again"));
            return null;
        }

        return [.. editions.Select((_, i) => new SearchIndexOutput(lines[2 * i], lines[(2 * i) + 1]))];
    }

    /// <summary>What build-index.mjs reads on stdin: every edition's documents.</summary>
    public static byte[] Input(IReadOnlyList<SearchEdition> editions) =>
        JsonSerializer.SerializeToUtf8Bytes(new SearchIndexInput(editions), SearchJson.Default.SearchIndexInput);

    private byte[]? RunNode(string[] arguments, byte[]? input, string what, DiagnosticBag diagnostics)
    {
        var script = Path.Combine(Directory, Script);
        var location = SourceLocation.File(_paths.For(script));
        ExternalProcess.Result result;
        try
        {
            result = ExternalProcess.Run(_node, [script, .. arguments], Directory, input, Timeout);
        }
        catch (Win32Exception)
        {
            diagnostics.Error(DiagnosticCodes.Search.NodeMissing, location,
                new("Node.js (`node`) hittades inte, så sökningen kan inte byggas.", $"Node.js (`node`) was not found, so {what} cannot be built"),
                new("Installera Node.js 20 eller senare och se till att kommandot `node` fungerar i terminalen.", "install Node.js 20 or newer and make sure `node` is on the PATH"));
            return null;
        }
        catch (TimeoutException ex)
        {
            diagnostics.Error(DiagnosticCodes.Search.IndexFailed, location,
                new($"Det tog för lång tid att bygga sökningen: {ex.Message}", $"building {what} took too long: {ex.Message}"),
                new("Kör bygget igen.", "run the build again"));
            return null;
        }

        if (result.ExitCode != 0 || result.Output.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.Search.IndexFailed, location,
                new($"Det gick inte att bygga sökningen (slutkod {result.ExitCode}): {NpmPackages.Summary(result.Errors)}",
                    $"building {what} failed (exit code {result.ExitCode}): {NpmPackages.Summary(result.Errors)}"),
                new("Kör `npm ci` i src/search-index. Om det ändå inte fungerar står orsaken i meddelandet ovan.",
                    "run `npm ci` in src/search-index; if it still fails, the message above says why"));
            return null;
        }

        return result.Output;
    }
}
