using System.Text;
using System.Text.Json;

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// A PDF's objects as qpdf reads them (<c>qpdf --json</c>, version 2), so tests assert what a PDF
/// reader finds: the catalog, the structure tree, the outline, the annotations. qpdf is an
/// independent reader (Debian's package), not the code that wrote the file.
/// </summary>
public sealed class PdfStructure
{
    private readonly Dictionary<string, JsonElement> _objects;
    private readonly string _path;

    private PdfStructure(string path, Dictionary<string, JsonElement> objects, JsonElement trailer)
    {
        _path = path;
        _objects = objects;
        Trailer = trailer;
    }

    public JsonElement Trailer { get; }

    public JsonElement Catalog => Resolve(Trailer.GetProperty("/Root"));

    public IEnumerable<JsonElement> Objects => _objects.Values;

    public static void RequireQpdf() =>
        Prerequisite.RequireOrSkip(Prerequisite.OnPath("qpdf"), "qpdf is not installed (apt-get install qpdf; .ci/run installs it)");

    public static PdfStructure Read(string path)
    {
        var json = Tool.Run("qpdf", "--json", "--json-key=qpdf", path);
        using var document = JsonDocument.Parse(json);
        var objects = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        JsonElement trailer = default;
        foreach (var entry in document.RootElement.GetProperty("qpdf")[1].EnumerateObject())
        {
            if (entry.Name == "trailer")
            {
                trailer = entry.Value.GetProperty("value").Clone();
            }
            else if (entry.Name.StartsWith("obj:", StringComparison.Ordinal) && entry.Value.TryGetProperty("value", out var value))
            {
                objects[entry.Name[4..]] = value.Clone();
            }
            else if (entry.Name.StartsWith("obj:", StringComparison.Ordinal) && entry.Value.TryGetProperty("stream", out var stream))
            {
                objects[entry.Name[4..]] = stream.GetProperty("dict").Clone();
            }
        }

        return new PdfStructure(path, objects, trailer);
    }

    /// <summary>A reference (<c>"12 0 R"</c>) to its object; any other value as it is.</summary>
    public JsonElement Resolve(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString()!.EndsWith(" R", StringComparison.Ordinal) ? _objects[value.GetString()!] : value;

    public JsonElement? Get(JsonElement dictionary, string key) =>
        dictionary.ValueKind == JsonValueKind.Object && dictionary.TryGetProperty(key, out var value) ? Resolve(value) : null;

    /// <summary>A text string as qpdf writes it: <c>u:</c> (Unicode) or <c>b:</c> (hex bytes, PDFDocEncoding or UTF-16BE).</summary>
    public static string Text(JsonElement value)
    {
        var text = value.GetString()!;
        if (text.StartsWith("u:", StringComparison.Ordinal))
        {
            return text[2..];
        }

        var bytes = Convert.FromHexString(text[2..]);
        return bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
    }

    /// <summary>The structure elements, each with its type (<c>H1</c>, <c>TH</c>, …).</summary>
    public IEnumerable<(string Type, JsonElement Element)> StructureElements() =>
        _objects.Values
            .Where(o => o.ValueKind == JsonValueKind.Object && o.TryGetProperty("/S", out _) && o.TryGetProperty("/P", out _)
                && (!o.TryGetProperty("/Type", out var type) || type.GetString() == "/StructElem"))
            .Select(o => (o.GetProperty("/S").GetString()![1..], o));

    /// <summary>The outline (bookmarks) in reading order, depth first, with each entry's depth.</summary>
    public List<(int Depth, string Title)> Outline()
    {
        var entries = new List<(int, string)>();
        if (Get(Catalog, "/Outlines") is { } outlines)
        {
            Walk(Get(outlines, "/First"), 0);
        }

        return entries;

        void Walk(JsonElement? item, int depth)
        {
            while (item is { } current)
            {
                entries.Add((depth, Text(current.GetProperty("/Title"))));
                Walk(Get(current, "/First"), depth + 1);
                item = Get(current, "/Next");
            }
        }
    }

    /// <summary>The decoded bytes of the object (a stream) the value refers to.</summary>
    public string StreamText(JsonElement reference)
    {
        var number = reference.GetString()!.Split(' ')[0];
        return Tool.Run("qpdf", $"--show-object={number}", "--filtered-stream-data", _path);
    }

    /// <summary>Runs a command-line tool to the end and returns its standard output.</summary>
    public static class Tool
    {
        public static string Run(string tool, params string[] arguments) =>
            ExternalProcess.Run(tool, arguments).Succeeded($"{tool} {string.Join(' ', arguments)}").Text;
    }
}
