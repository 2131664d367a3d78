using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown.Directives.Table;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Directives.Figure;

/// <summary>What a figure may hold: images and a caption on one side of them, nothing else.</summary>
public static class FigureChecks
{
    public static void Check(FigureBlock figure, Func<int, int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        if (figure.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.Chapter.BadFigure, at(figure.Line, figure.Column),
                new("Figuren är tom.", "the figure is empty"),
                new("Skriv bilden och bildtexten mellan `::: figure` och `:::`, eller ta bort raderna.",
                    "write the image and its caption between `::: figure` and `:::`, or remove the lines"));
            return;
        }

        foreach (var inner in figure.Descendants<Block>().Where(b => b is HeadingBlock or DataTableBlock or FigureBlock))
        {
            var what = inner switch
            {
                HeadingBlock => new Phrase("en rubrik", "a heading"),
                DataTableBlock table => new Phrase($"`::: {table.Directive.Keyword}`", $"`::: {table.Directive.Keyword}`"),
                _ => new Phrase("en figur", "a figure"),
            };
            diagnostics.Error(DiagnosticCodes.Chapter.BadFigure, at(inner.Line, inner.Column),
                new($"En figur kan inte innehålla {what.Swedish}.", $"a figure cannot hold {what.English}"),
                new("En figur har bara bilder och bildtext. Flytta det här till före `::: figure` eller efter figurens `:::`.",
                    "a figure holds only images and their caption; move this above `::: figure` or below the figure's `:::`"));
        }

        // A figure that is already wrong (nested, or holding a heading or table) gets only its error.
        var malformed = figure.Parent is FigureBlock || figure.Descendants<Block>().Any(b => b is HeadingBlock or DataTableBlock or FigureBlock);
        if (!malformed && FigureLayout.Of(figure).Images.IsEmpty)
        {
            // A warning, not an error: the printed report's maps and charts are not all in the
            // source text yet, and the page says so to the reader until an editor adds them.
            diagnostics.Warning(DiagnosticCodes.Chapter.FigureWithoutPicture, at(figure.Line, figure.Column),
                new("Figuren har ingen bild, bara bildtext. På webben står det att bilden bara finns i den tryckta rapporten.",
                    "the figure has no picture, only a caption; the page tells readers the picture is only in the printed report"),
                new("Lägg bilden i mappen bilder/ och skriv `![beskrivning](bilder/namn.png)` i figuren, ovanför eller under bildtexten.",
                    "put the picture in the bilder/ folder and write `![description](bilder/name.png)` in the figure, above or below the caption"));
        }

        if (FigureLayout.Of(figure).Misplaced is { } misplaced)
        {
            diagnostics.Error(DiagnosticCodes.Chapter.BadFigure, at(misplaced.Line, misplaced.Column),
                new("Figurens bildtext står både ovanför och under bilden, eller mellan två bilder.",
                    "the figure's caption is both above and below the image, or between two images"),
                new("Skriv all bildtext på ett ställe: antingen ovanför bilderna eller under dem.",
                    "write the whole caption in one place: either above the images or below them"));
        }
    }
}
