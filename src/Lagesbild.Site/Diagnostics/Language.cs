namespace Lagesbild.Site.Diagnostics;

/// <summary>The language of what the tool says: Swedish for editors (the default), English for developers.</summary>
public enum Language
{
    Swedish,
    English,
}
