using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Serve;

namespace Lagesbild.Site.Cli;

/// <summary><c>serve</c>: a live preview with drafts, rebuilt and reloaded in the browser on every save.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 to serve on", DefaultValueFactory = _ => 5080 };
        var internalContent = new Option<bool>("--internal") { Description = "Also show chapters with visibility: internal and ::: internal blocks" };
        var command = new Command("serve", "Preview the site with drafts on http://127.0.0.1:5080/, rebuilding and reloading on every change");
        common.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(internalContent);
        command.SetAction(parse =>
        {
            var options = common.Read(parse, "", includeDrafts: true, parse.GetValue(internalContent));
            // At the root unless --base-url says otherwise (not site.yml's): a preview on 127.0.0.1 has no project path.
            return Run(options with { BaseUrl = options.BaseUrl ?? "/" }, parse.GetValue(port), common.ReadLanguage(parse));
        });
        return command;
    }

    public const int LowestPort = 1;

    public const int HighestPort = 65535;

    public static int Run(BuildOptions options, int port, Language language = Language.Swedish)
    {
        if (CheckPort(port) is { } problem)
        {
            DiagnosticPrinter.Print([problem], Console.Error, DiagnosticFormat.Text, language);
            return 1;
        }

        using var stop = new ManualResetEventSlim();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Set();
        }

        // Ctrl+C in a terminal, SIGTERM from a script or container: both end the preview cleanly.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        ServeSession session;
        try
        {
            session = ServeSession.Start(options, port, Console.Out, language);
        }
        catch (HttpListenerException ex)
        {
            Console.Error.WriteLine(language == Language.English
                ? $"Cannot serve on 127.0.0.1:{port}: {ex.Message}. Stop the other program, or pass another --port."
                : $"Kan inte visa sajten på 127.0.0.1:{port}: {ex.Message}. Stäng programmet som använder porten, eller välj en annan med --port.");
            return 1;
        }

        using (session)
        {
            Console.WriteLine(language == Language.English
                ? $"Serving {session.Address} (drafts included). Watching {options.ContentDirectory}/ and {options.LayoutsDirectory}/; Ctrl+C stops."
                : $"Förhandsvisning på {session.Address} (utkast visas också). Sidorna byggs om när du sparar i {options.ContentDirectory}/ eller {options.LayoutsDirectory}/. Avsluta med Ctrl+C.");
            stop.Wait();
        }

        Console.WriteLine(language == Language.English ? "Stopped." : "Avslutad.");
        return 0;
    }

    /// <summary>A port outside 1–65535 is an editor's typo (or 0, which would pick a random port no one is told of): a finding, not an exception.</summary>
    public static Diagnostic? CheckPort(int port) =>
        port is >= LowestPort and <= HighestPort
            ? null
            : new Diagnostic(Severity.Error, DiagnosticCodes.Output.BadPort, SourceLocation.File("--port"),
                new($"--port {port} är inte ett portnummer.", $"--port {port} is not a port number"),
                new($"Välj ett tal mellan {LowestPort} och {HighestPort}, till exempel --port 5081.", $"choose a number from {LowestPort} to {HighestPort}, e.g. --port 5081"));
}
