using Lagesbild.Site.Build;
using Lagesbild.Site.Cli;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Serve;

/// <summary>A port number out of range is a finding with the fix, not an exception from the HTTP listener.</summary>
public sealed class ServePortTests
{
    [Theory]
    [InlineData(99999)]
    [InlineData(65536)]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_port_outside_1_to_65535_is_refused_with_the_range(int port)
    {
        var finding = ServeCommand.CheckPort(port);

        Assert.NotNull(finding);
        Assert.Equal($"--port:1:1: error: --port {port} is not a port number (choose a number from 1 to 65535, e.g. --port 5081) [LB709]", finding.Format(Language.English));
        Assert.Equal($"--port:1:1: fel: --port {port} är inte ett portnummer. (Välj ett tal mellan 1 och 65535, till exempel --port 5081.) [LB709]", finding.Format(Language.Swedish));
        Assert.Equal(1, ServeCommand.Run(new BuildOptions("content", "layouts", "", "/"), port, Language.English));
    }

    [Fact]
    public void Serve_with_a_port_out_of_range_prints_the_finding_and_exits_with_1()
    {
        using var site = MinimalSite.With();

        var swedish = CliRunner.ExecuteIn(Language.Swedish, site.Root, "serve", "--port", "99999");
        var english = CliRunner.Execute(site.Root, "serve", "--port", "99999");

        Assert.Equal(1, swedish.ExitCode);
        Assert.Equal(1, english.ExitCode);
        Assert.Contains("--port:1:1: fel: --port 99999 är inte ett portnummer. (Välj ett tal mellan 1 och 65535, till exempel --port 5081.) [LB709]", swedish.StandardError.Split('\n'));
        Assert.Contains("--port:1:1: error: --port 99999 is not a port number (choose a number from 1 to 65535, e.g. --port 5081) [LB709]", english.StandardError.Split('\n'));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5080)]
    [InlineData(65535)]
    public void Ports_in_range_are_accepted(int port) => Assert.Null(ServeCommand.CheckPort(port));
}
