using System.Collections.Immutable;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Plan;

/// <summary>An edition's PDF, published at <see cref="SitePaths.EditionPdf"/> and linked with its size from the edition home and the print view.</summary>
public sealed record EditionPdf(int Year, ImmutableArray<byte> Content)
{
    public string OutputPath => SitePaths.EditionPdf(Year);
}
