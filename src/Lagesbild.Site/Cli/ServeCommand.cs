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
    /// <summary>The options of the command, so a test can read a command line the way the command does.</summary>
    private sealed record Parts(CommonOptions Common, Option<int> Port, Option<bool> NoInternal);

    public static Command Create(Language language = Language.Swedish) => Create(language, out _);

    private static Command Create(Language language, out Parts parts)
    {
        var common = new CommonOptions(language);
        var port = new Option<int>("--port") { Description = new Phrase("Porten på 127.0.0.1 som förhandsvisningen använder", "The port on 127.0.0.1 to serve on").In(language), DefaultValueFactory = _ => 5080 };
        // The preview is for the staff who write the report, so internal text is shown (and marked) unless asked not to.
        var noInternal = new Option<bool>("--no-internal")
        {
            Description = new Phrase("Visa inte interna kapitel och ::: internal-block (som på den publicerade webbplatsen)", "Hide chapters with visibility: internal and ::: internal blocks, as the public site does").In(language),
        };
        var internalContent = new Option<bool>("--internal") { Description = new Phrase("Visa intern text (standard)", "Show internal text (the default)").In(language), Hidden = true };
        var command = new Command("serve", new Phrase("Förhandsvisa webbplatsen med utkast och intern text på http://127.0.0.1:5080/, och bygg om när du sparar", "Preview the site with drafts and internal text on http://127.0.0.1:5080/, rebuilding and reloading on every change").In(language));
        common.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(noInternal);
        command.Options.Add(internalContent);
        parts = new Parts(common, port, noInternal);
        var read = parts;
        command.SetAction(parse => Run(Options(parse, read), parse.GetValue(read.Port), read.Common.ReadLanguage(parse)));
        return command;
    }

    /// <summary>The build options <c>serve</c> previews with, read from <paramref name="args"/> as the command line would.</summary>
    public static BuildOptions OptionsFor(params string[] args)
    {
        var command = Create(Language.Swedish, out var parts);
        return Options(command.Parse(args), parts);
    }

    private static BuildOptions Options(ParseResult parse, Parts parts)
    {
        var options = parts.Common.Read(parse, "", includeDrafts: true, includeInternal: !parse.GetValue(parts.NoInternal));
        // At the root unless --base-url says otherwise (not site.yml's): a preview on 127.0.0.1 has no project path.
        return options with { BaseUrl = options.BaseUrl ?? "/" };
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
            Console.Error.WriteLine(new Phrase(
                $"Kan inte visa sajten på 127.0.0.1:{port}: {ex.Message}. Stäng programmet som använder porten, eller välj en annan med --port.",
                $"Cannot serve on 127.0.0.1:{port}: {ex.Message}. Stop the other program, or pass another --port.").In(language));
            return 1;
        }

        using (session)
        {
            var alsoInternal = options.IncludeInternal ? new Phrase(" och intern text, märkt som intern,", " and internal text, marked as internal,") : new Phrase("", "");
            Console.WriteLine(new Phrase(
                $"Förhandsvisning på {session.Address} (utkast{alsoInternal.Swedish} visas också). Sidorna byggs om när du sparar i {options.ContentDirectory}/ eller {options.LayoutsDirectory}/. Avsluta med Ctrl+C.",
                $"Serving {session.Address} (drafts{alsoInternal.English} included). Watching {options.ContentDirectory}/ and {options.LayoutsDirectory}/; Ctrl+C stops.").In(language));
            stop.Wait();
        }

        Console.WriteLine(new Phrase("Avslutad.", "Stopped.").In(language));
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
