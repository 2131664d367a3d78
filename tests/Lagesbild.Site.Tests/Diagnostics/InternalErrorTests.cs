using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Tests.Diagnostics;

/// <summary>
/// A bug the content sets off while one file is read becomes a finding at that file (LB900), not
/// a stack trace. No content is known to set one off (the fuzz tests look for it), so the bug is
/// made here: a reader that throws, inside the guard every content reader runs in.
/// </summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void A_reader_that_throws_is_an_internal_error_at_its_file_and_the_reading_goes_on()
    {
        var diagnostics = new DiagnosticBag();

        var read = FileGuard.Read<string>("content/2024/01-inledning.md", diagnostics, () => throw new InvalidOperationException("Sequence contains no elements"));
        var next = FileGuard.Read("content/2024/02-metod.md", diagnostics, () => "läst");

        Assert.Null(read);
        Assert.Equal("läst", next);
        var finding = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal("content/2024/01-inledning.md:1:1: fel: Ett fel i verktyget stoppade arbetet med den här filen (InvalidOperationException: Sequence contains no elements). (Det är inte ditt fel. Rapportera felet till utvecklarna tillsammans med filen. Prova under tiden att ångra din senaste ändring i filen.) [LB900]",
            finding.Format(Language.Swedish));
        Assert.Equal("content/2024/01-inledning.md:1:1: error: internal error while processing this file (InvalidOperationException: Sequence contains no elements) (this is a bug in the tool; report it with the file, and meanwhile try undoing the last change to the file) [LB900]",
            finding.Format(Language.English));
    }
}
