using System.Text;

namespace Lagesbild.Site.Tests.Robustness;

/// <summary>
/// Breaks a content file the way a tired editor, a bad merge or an attacker would: truncates it,
/// duplicates, swaps and deletes lines, inserts random bytes and YAML/Markdown tokens. Every choice
/// comes from the seeded <see cref="Random"/>, so a seed reproduces the same file.
/// </summary>
public static class ContentMutator
{
    private static readonly string[] Tokens =
    [
        ":", ": ", "[", "]", "{", "}", "&a ", "*a", "- ", "-", "\t", ":::", ":::\n", "::: table t\n", "::: chart t\n", "::: internal\n",
        "|", "| a | b |\n|---|---|\n", ">", "> ", "#", "## ", "---\n", "\0", "\uFEFF", "\"", "'", "~", "!!binary ", "? ", "%YAML 1.1\n",
        "99999999999999999999999999999", "9223372036854775807", "1e300", "١٢٣", "１２３", "\r", "[^1]", "[^1]: x\n", "<script>",
        "](", "(../2023/01-x.md)", "[a](#fn1)", "![](x.png)", "\u00A0", "\u202E", "`", "```\n", "    ", "*", "**", "_",
    ];

    public static byte[] Mutate(byte[] original, Random random, StringBuilder log)
    {
        var bytes = original.ToList();
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var kind = random.Next(9);
            log.Append($" {Name(kind)}");
            switch (kind)
            {
                case 0:
                    var cut = Position(bytes, random);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    break;
                case 1:
                    EditLines(bytes, random, (lines, a, _) => lines.Insert(a, lines[a]));
                    break;
                case 2:
                    EditLines(bytes, random, (lines, a, b) => (lines[a], lines[b]) = (lines[b], lines[a]));
                    break;
                case 3:
                    EditLines(bytes, random, (lines, a, _) => lines.RemoveAt(a));
                    break;
                case 4:
                    var noise = new byte[random.Next(1, 9)];
                    random.NextBytes(noise);
                    bytes.InsertRange(Position(bytes, random), noise);
                    break;
                case 5:
                    bytes.InsertRange(LineStart(bytes, random), Encoding.UTF8.GetBytes(Token(random)));
                    break;
                case 6:
                    bytes.InsertRange(Position(bytes, random), Encoding.UTF8.GetBytes(Token(random)));
                    break;
                case 7:
                    // Deep nesting: many quote marks, brackets or list markers in a row.
                    var deep = new[] { ">", "[", "{", "- ", "  - x\n", "(" }[random.Next(6)];
                    bytes.InsertRange(LineStart(bytes, random), Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(deep, random.Next(50, 3000)))));
                    break;
                default:
                    // A lone surrogate as UTF-8 would encode it (CESU-8): not valid UTF-8.
                    bytes.InsertRange(Position(bytes, random), new byte[] { 0xED, 0xA0, 0x80 });
                    break;
            }
        }

        return [.. bytes];
    }

    private static string Name(int kind) =>
        kind switch
        {
            0 => "truncate",
            1 => "duplicate-line",
            2 => "swap-lines",
            3 => "delete-line",
            4 => "random-bytes",
            5 => "token-at-line-start",
            6 => "token",
            7 => "deep-nesting",
            _ => "lone-surrogate",
        };

    private static string Token(Random random) => Tokens[random.Next(Tokens.Length)];

    private static int Position(List<byte> bytes, Random random) => random.Next(bytes.Count + 1);

    private static int LineStart(List<byte> bytes, Random random)
    {
        var position = Position(bytes, random);
        while (position > 0 && bytes[position - 1] != (byte)'\n')
        {
            position--;
        }

        return position;
    }

    private static void EditLines(List<byte> bytes, Random random, Action<List<byte[]>, int, int> edit)
    {
        var lines = Split(bytes);
        if (lines.Count == 0)
        {
            return;
        }

        edit(lines, random.Next(lines.Count), random.Next(lines.Count));
        bytes.Clear();
        bytes.AddRange(lines.SelectMany(l => l));
    }

    /// <summary>The lines, each with its <c>\n</c>.</summary>
    private static List<byte[]> Split(List<byte> bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add([.. bytes.GetRange(start, i - start + 1)]);
                start = i + 1;
            }
        }

        if (start < bytes.Count)
        {
            lines.Add([.. bytes.GetRange(start, bytes.Count - start)]);
        }

        return lines;
    }
}
