namespace Lagesbild.Site.Model;

/// <summary>Whether an edition is public or still being written.</summary>
public enum EditionStatus
{
    Draft,
    Published,
}
