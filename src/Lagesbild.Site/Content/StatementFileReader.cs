using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Model.Statement;
using YamlDotNet.RepresentationModel;

namespace Lagesbild.Site.Content;

/// <summary>
/// Reads <c>content/tillganglighet.yml</c>, the accessibility statement. Every part DIGG requires is
/// a key the editors fill in; a missing or wrong one is reported at its line, so a statement is
/// never published with a part left out.
/// </summary>
public static class StatementFileReader
{
    public const string FileName = "tillganglighet.yml";

    public static AccessibilityStatement? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var text = ContentText.Read(path, displayPath, diagnostics);
        return text is null ? null : ReadText(displayPath, text, diagnostics);
    }

    /// <summary>Reads the file's text; <paramref name="displayPath"/> names it in findings (spec tests need no file).</summary>
    public static AccessibilityStatement? ReadText(string displayPath, string text, DiagnosticBag diagnostics)
    {
        var yaml = YamlFile.Parse(displayPath, text, new(FileName, FileName), diagnostics);
        if (yaml is null)
        {
            return null;
        }

        yaml.RejectUnknownKeys("organisation", "service", "status", "assessed", "updated", "method", "auditor", "report", "confirmed",
            "shortcomings", "disproportionate_burden", "outside_scope");
        var organisation = yaml.RequiredString("organisation", new(
            "Skriv namnet på den myndighet eller förvaltning som ansvarar för webbplatsen, till exempel `organisation: Hägersten-Älvsjö stadsdelsförvaltning, Stockholms stad`.",
            "write the public body responsible for the site, e.g. `organisation: Hägersten-Älvsjö stadsdelsförvaltning, Stockholms stad`"));
        var service = yaml.RequiredString("service", new(
            "Skriv webbplatsens namn, till exempel `service: Lägesbild Hägersten-Älvsjö`.", "write the site's name, e.g. `service: Lägesbild Hägersten-Älvsjö`"));
        var status = Status(yaml, diagnostics);
        var assessed = yaml.Date("assessed", new(
            "Skriv dagen då tillgängligheten senast bedömdes som år-månad-dag: `assessed: 2024-11-15`.", "write the day of the last assessment as `assessed: 2024-11-15`"));
        var updated = yaml.Date("updated", new(
            "Skriv dagen då redogörelsen senast uppdaterades som år-månad-dag: `updated: 2024-11-15`.", "write the day the statement was last updated as `updated: 2024-11-15`"));
        if (assessed is { } a && updated is { } u && u < a)
        {
            diagnostics.Error(DiagnosticCodes.Publication.UpdatedBeforeAssessed, yaml.Source.At(yaml.Get("updated")!),
                new($"Redogörelsen uppdaterades ({u:yyyy-MM-dd}) före bedömningen ({a:yyyy-MM-dd}).", $"the statement was updated ({u:yyyy-MM-dd}) before the assessment ({a:yyyy-MM-dd})"),
                new("Skriv samma dag som `assessed` eller en senare dag i `updated`.", "set `updated` to the day of `assessed` or later"));
        }

        var method = Method(yaml, diagnostics);
        var auditor = method == AssessmentMethod.ExternalAudit
            ? yaml.RequiredString("auditor", new("Skriv vem som granskade webbplatsen, till exempel `auditor: Granskningsbyrån AB`.", "write who audited the site, e.g. `auditor: Granskningsbyrån AB`"))
            : yaml.OptionalString("auditor");
        var report = Report(yaml, diagnostics);
        var confirmed = yaml.Boolean("confirmed");
        var shortcomings = Groups(yaml, diagnostics);
        var burden = Exemptions(yaml, "disproportionate_burden", diagnostics);
        var outside = Exemptions(yaml, "outside_scope", diagnostics);
        CheckStatusAgainstShortcomings(yaml, status, shortcomings, diagnostics);
        if (organisation is null || service is null || status is null || assessed is null || updated is null || method is null || report is null
            || (method == AssessmentMethod.ExternalAudit && auditor is null))
        {
            return null;
        }

        return new AccessibilityStatement(organisation, service, status.Value, assessed.Value, updated.Value, method.Value, auditor, report,
            shortcomings, burden, outside, confirmed, SourceLocation.File(displayPath))
        {
            AssessedLocation = yaml.Source.At(yaml.Get("assessed")!),
            ConfirmedLocation = yaml.Get("confirmed") is { } node ? yaml.Source.At(node) : SourceLocation.File(displayPath),
        };
    }

    private static ComplianceStatus? Status(YamlMappingReader yaml, DiagnosticBag diagnostics)
    {
        var hint = new Phrase(
            $"Skriv ett av Diggs tre uttryck: `status: {ComplianceStatusWords.Full}`, `status: {ComplianceStatusWords.Partial}` eller `status: {ComplianceStatusWords.None}`.",
            $"write one of DIGG's three phrases: `status: {ComplianceStatusWords.Full}`, `status: {ComplianceStatusWords.Partial}` or `status: {ComplianceStatusWords.None}`");
        var text = yaml.RequiredString("status", hint);
        if (text is null)
        {
            return null;
        }

        if (ComplianceStatusWords.Parse(text) is { } status)
        {
            return status;
        }

        diagnostics.Error(DiagnosticCodes.Publication.UnknownComplianceStatus, yaml.Source.At(yaml.Get("status")!),
            new($"`{SiteSettingRules.Shown(text)}` är inte ett av de uttryck Digg kräver för hur väl webbplatsen följer lagen.",
                $"`{SiteSettingRules.Shown(text)}` is not one of the phrases DIGG requires for the compliance status"),
            hint);
        return null;
    }

    private static AssessmentMethod? Method(YamlMappingReader yaml, DiagnosticBag diagnostics)
    {
        var hint = new Phrase(
            $"Skriv `method: {AssessmentMethodWords.SelfAssessment}` om ni själva har granskat webbplatsen, eller `method: {AssessmentMethodWords.ExternalAudit}` (och `auditor: …`) om någon utomstående har gjort det.",
            $"write `method: {AssessmentMethodWords.SelfAssessment}` for your own assessment, or `method: {AssessmentMethodWords.ExternalAudit}` (with `auditor: …`) for an outside audit");
        var text = yaml.RequiredString("method", hint);
        if (text is null)
        {
            return null;
        }

        if (AssessmentMethodWords.Parse(text) is { } method)
        {
            return method;
        }

        diagnostics.Error(DiagnosticCodes.Publication.UnknownAssessmentMethod, yaml.Source.At(yaml.Get("method")!),
            new($"Bedömningssättet `{SiteSettingRules.Shown(text)}` finns inte.", $"unknown assessment method `{SiteSettingRules.Shown(text)}`"), hint);
        return null;
    }

    private static ContactAddress? Report(YamlMappingReader yaml, DiagnosticBag diagnostics)
    {
        var text = yaml.RequiredString("report", new(
            "Skriv vart läsare ska vända sig för att rapportera brister eller be om innehållet i ett annat format: en e-postadress eller adressen till ett webbformulär.",
            "write where readers report shortcomings or ask for another format: an e-mail address or a web form's address"));
        if (text is null)
        {
            return null;
        }

        var address = ContactAddress.Parse("report", text, out var problem);
        if (problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.Publication.InvalidContact, yaml.Source.At(yaml.Get("report")!), problem.Message, problem.Hint);
        }

        return address;
    }

    private static ImmutableArray<ShortcomingGroup> Groups(YamlMappingReader yaml, DiagnosticBag diagnostics)
    {
        var hint = new Phrase(
            "Skriv en lista med en punkt per situation (`- situation: Utan syn`) och under den `items:` med `problem:`, `reason:` och `instead:` för varje brist.",
            "write a list with one entry per situation (`- situation: Utan syn`) and under it `items:` with `problem:`, `reason:` and `instead:` per shortcoming");
        var groups = ImmutableArray.CreateBuilder<ShortcomingGroup>();
        foreach (var node in yaml.Sequence("shortcomings", required: false, hint)?.Children ?? [])
        {
            if (YamlMappingReader.From(node, yaml.Source, diagnostics, new("En situation under shortcomings", "a situation under shortcomings")) is not { } group)
            {
                continue;
            }

            group.RejectUnknownKeys("situation", "items");
            var situation = group.RequiredString("situation", new("Skriv vilka läsare bristerna gäller, till exempel `situation: Utan syn`.", "write whom the shortcomings affect, e.g. `situation: Utan syn`"));
            var items = ImmutableArray.CreateBuilder<Shortcoming>();
            foreach (var itemNode in group.Sequence("items", required: true, hint)?.Children ?? [])
            {
                if (YamlMappingReader.From(itemNode, yaml.Source, diagnostics, new("En brist under items", "a shortcoming under items")) is not { } item)
                {
                    continue;
                }

                item.RejectUnknownKeys("problem", "reason", "instead");
                var problem = item.RequiredString("problem", new("Skriv vad som inte fungerar, till exempel `problem: Kartan i kapitel 3 saknar textbeskrivning.`", "write what does not work, e.g. `problem: Kartan i kapitel 3 saknar textbeskrivning.`"));
                var reason = item.RequiredString("reason", new("Skriv varför, till exempel `reason: Kartan finns bara som bild i den tryckta rapporten.`", "write why it does not work, e.g. `reason: Kartan finns bara som bild i den tryckta rapporten.`"));
                var instead = item.RequiredString("instead", new("Skriv vad läsaren kan göra i stället, till exempel `instead: Kontakta oss så beskriver vi kartan.`", "write what readers can do instead, e.g. `instead: Kontakta oss så beskriver vi kartan.`"));
                if (problem is not null && reason is not null && instead is not null)
                {
                    items.Add(new Shortcoming(problem, reason, instead));
                }
            }

            if (situation is not null && items.Count > 0)
            {
                groups.Add(new ShortcomingGroup(situation, items.ToImmutable()));
            }
        }

        return groups.ToImmutable();
    }

    private static ImmutableArray<Exemption> Exemptions(YamlMappingReader yaml, string key, DiagnosticBag diagnostics)
    {
        var hint = new Phrase(
            $"Skriv en lista med `- content: …` och `reason: …` för varje del, eller ta bort raden `{key}:` om det inte finns något.",
            $"write a list of `- content: …` with `reason: …`, or remove the line `{key}:` when there is none");
        var exemptions = ImmutableArray.CreateBuilder<Exemption>();
        foreach (var node in yaml.Sequence(key, required: false, hint)?.Children ?? [])
        {
            if (YamlMappingReader.From(node, yaml.Source, diagnostics, new($"En punkt under {key}", $"an entry under {key}")) is not { } entry)
            {
                continue;
            }

            entry.RejectUnknownKeys("content", "reason");
            var content = entry.RequiredString("content", new("Skriv vilket innehåll det gäller, till exempel `content: Inskannade protokoll från 2022.`", "write which content it is, e.g. `content: Inskannade protokoll från 2022.`"));
            var reason = entry.RequiredString("reason", new("Skriv skälet, till exempel `reason: Det är en tjänst som en annan organisation ansvarar för.`", "write the reason, e.g. `reason: Det är en tjänst som en annan organisation ansvarar för.`"));
            if (content is not null && reason is not null)
            {
                exemptions.Add(new Exemption(content, reason));
            }
        }

        return exemptions.ToImmutable();
    }

    /// <summary>DIGG: a site that is only partly compliant lists what is not; a fully compliant one lists nothing.</summary>
    private static void CheckStatusAgainstShortcomings(YamlMappingReader yaml, ComplianceStatus? status, ImmutableArray<ShortcomingGroup> shortcomings, DiagnosticBag diagnostics)
    {
        if (status is null || yaml.Get("status") is not YamlNode node)
        {
            return;
        }

        if (status == ComplianceStatus.Full && shortcomings.Length > 0)
        {
            diagnostics.Error(DiagnosticCodes.Publication.StatusContradictsShortcomings, yaml.Source.At(node),
                new($"`status: {ComplianceStatusWords.Full}` men `shortcomings` listar brister.", $"`status: {ComplianceStatusWords.Full}` but `shortcomings` lists shortcomings"),
                new($"En webbplats med kända brister är `{ComplianceStatusWords.Partial}`. Ändra status, eller ta bort bristerna om de är åtgärdade.",
                    $"a site with known shortcomings is `{ComplianceStatusWords.Partial}`; change the status, or remove the shortcomings that are fixed"));
        }
        else if (status != ComplianceStatus.Full && shortcomings.Length == 0 && !yaml.Has("shortcomings"))
        {
            diagnostics.Error(DiagnosticCodes.Publication.StatusContradictsShortcomings, yaml.Source.At(node),
                new($"`status: {status.Value.Word()}` men inga brister listas under `shortcomings`.", $"`status: {status.Value.Word()}` but no shortcomings are listed under `shortcomings`"),
                new("Digg kräver att varje känd brist beskrivs: lägg till `shortcomings:` med vad som inte fungerar, varför och vad läsaren kan göra i stället.",
                    "DIGG requires every known shortcoming to be described: add `shortcomings:` with what does not work, why and what readers can do instead"));
        }
    }
}
