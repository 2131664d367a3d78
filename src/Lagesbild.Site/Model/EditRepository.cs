using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Model;

/// <summary>
/// The GitHub repository the content lives in, from site.yml's <c>repository</c> (and <c>repository_branch</c>),
/// for the "Föreslå ändring" link that opens a chapter's source in GitHub's editor. Checked by allow-list,
/// since the link reaches every chapter page: only <c>https://github.com/OWNER/REPO</c> and a plain branch name.
/// </summary>
public sealed partial record EditRepository(string Owner, string Name, string Branch)
{
    public const string DefaultBranch = "main";

    /// <summary>GitHub's editor for a file of the repository: <c>https://github.com/OWNER/REPO/edit/BRANCH/content/2024/01-inledning.md</c>.</summary>
    public string EditUrl(string repositoryPath) =>
        $"https://github.com/{Owner}/{Name}/edit/{string.Join('/', Branch.Split('/').Select(Uri.EscapeDataString))}/{string.Join('/', repositoryPath.Split('/').Select(Uri.EscapeDataString))}";

    /// <summary>The repository from the address an editor copies from the browser, or the problem with it.</summary>
    public static (EditRepository? Repository, SiteSettingRules.Problem? Problem) Parse(string address, string? branch)
    {
        var hint = new Phrase(
            "Skriv repositoryts adress som den står i webbläsaren, till exempel `repository: https://github.com/kommun/lagesbild`, och grenen som `repository_branch: main` (standard: main).",
            "write the repository's address as the browser shows it, e.g. `repository: https://github.com/kommun/lagesbild`, and the branch as `repository_branch: main` (default: main)");
        var match = Address().Match(address);
        if (!match.Success || match.Groups["name"].Value is "." or "..")
        {
            return (null, new(new($"`repository` måste vara en adress på GitHub, https://github.com/ägare/namn, men är `{address}`.",
                $"`repository` must be a GitHub address, https://github.com/owner/name, but is `{address}`"), hint));
        }

        var chosen = branch ?? DefaultBranch;
        if (!BranchName().IsMatch(chosen) || chosen.Contains("..", StringComparison.Ordinal) || chosen.EndsWith('/') || chosen.EndsWith(".lock", StringComparison.Ordinal))
        {
            return (null, new(new($"`repository_branch` är inget giltigt namn på en gren: `{chosen}`.", $"`repository_branch` is not a valid branch name: `{chosen}`"), hint));
        }

        return (new EditRepository(match.Groups["owner"].Value, match.Groups["name"].Value, chosen), null);
    }

    [GeneratedRegex(@"^https://github\.com/(?<owner>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/(?<name>[A-Za-z0-9._-]{1,100}?)(?:\.git)?/?$")]
    private static partial Regex Address();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$")]
    private static partial Regex BranchName();
}
