using System.Text;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Security;

/// <summary>
/// Layouts escape every value they write, with or without <c>| escape</c>, and a layout error is a
/// positioned finding in both languages rather than a partial page.
/// </summary>
public sealed class LayoutEscapingTests
{
    [Fact]
    public void A_value_is_escaped_once_whether_or_not_the_layout_asks_for_it()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-kapitel.md --
            ---
            title: "Våld & <hot>"
            ---

            Text.
            """);
        site.Write("layouts/chapter.sbn", "<h1>{{ page.title }}</h1><p id=\"twice\">{{ page.title | escape }}</p><div>{{ page.content_html }}</div>\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == "2024/kapitel/index.html").Content);
        Assert.Contains("<h1>Våld &amp; &lt;hot&gt;</h1><p id=\"twice\">Våld &amp; &lt;hot&gt;</p><div><p>Text.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_outside_the_layouts_folder_is_a_positioned_error_and_nothing_is_built()
    {
        using var site = MinimalSite.With();
        site.Write("layouts/chapter.sbn", "<h1>{{ page.title }}</h1>\n{{ include \"../content/site.yml\" }}\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics.DistinctBy(d => d.Format(Language.English)));
        Assert.Equal((DiagnosticCodes.Layout.Runtime, 2, 4), (error.Code, error.Location.Line, error.Location.Column));
        Assert.EndsWith("layouts/chapter.sbn", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal("`include \"../content/site.yml\"` måste vara en sökväg inuti layouts/, utan `..`.", error.Message.Swedish);
        Assert.True(error.Hint is { } hint && hint.Swedish != hint.English);
    }
}
