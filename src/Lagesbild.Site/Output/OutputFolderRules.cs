namespace Lagesbild.Site.Output;

/// <summary>
/// The folders a build must never replace or write into: the sources it reads, where the command
/// was started, and the user's home. Given explicitly so tests need not change the process's state.
/// </summary>
public sealed record OutputFolderRules(string ContentDirectory, string LayoutsDirectory, string CurrentDirectory, string? HomeDirectory)
{
    /// <summary>The rules for this process: its current directory and the user's home folder.</summary>
    public static OutputFolderRules ForProcess(string contentDirectory, string layoutsDirectory)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return new(contentDirectory, layoutsDirectory, Environment.CurrentDirectory, string.IsNullOrEmpty(home) ? null : home);
    }
}
