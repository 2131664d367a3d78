namespace Lagesbild.Site.Search;

/// <summary>What build-index.mjs writes for one edition: its index file (lunr's index and the documents' headings) and its text file.</summary>
public sealed record SearchIndexOutput(byte[] Index, byte[] Text);
