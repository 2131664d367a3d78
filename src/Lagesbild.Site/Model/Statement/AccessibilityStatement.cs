using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Model.Statement;

/// <summary>
/// The site's tillgänglighetsredogörelse from <c>content/tillganglighet.yml</c>: every part DIGG
/// requires (lag 2018:1937), read and validated once; the page and the checks read only this.
/// </summary>
/// <param name="Organisation">The public body responsible for the site.</param>
/// <param name="Service">The name of the site (the digital service).</param>
/// <param name="Assessed">When the site's accessibility was last assessed.</param>
/// <param name="Updated">When the statement was last updated.</param>
/// <param name="Auditor">Who audited the site, for an external audit.</param>
/// <param name="Report">Where readers report a shortcoming or ask for another format.</param>
/// <param name="Confirmed">False until an editor has checked the statement against the site.</param>
public sealed record AccessibilityStatement(
    string Organisation,
    string Service,
    ComplianceStatus Status,
    DateOnly Assessed,
    DateOnly Updated,
    AssessmentMethod Method,
    string? Auditor,
    ContactAddress Report,
    ImmutableArray<ShortcomingGroup> Shortcomings,
    ImmutableArray<Exemption> DisproportionateBurden,
    ImmutableArray<Exemption> OutsideScope,
    bool Confirmed,
    SourceLocation Location)
{
    /// <summary>Where <c>assessed:</c> is written, for the warning about an old assessment.</summary>
    public required SourceLocation AssessedLocation { get; init; }

    /// <summary>Where <c>confirmed:</c> is written (or the file, when the line is missing).</summary>
    public required SourceLocation ConfirmedLocation { get; init; }
}

/// <summary>Known shortcomings for readers in one situation, such as "Utan syn".</summary>
public sealed record ShortcomingGroup(string Situation, ImmutableArray<Shortcoming> Items);

/// <summary>One known shortcoming: what does not work, why, and what readers can do instead.</summary>
public sealed record Shortcoming(string Problem, string Reason, string Instead);

/// <summary>Content exempted (disproportionate burden) or outside the law's scope, with the reason.</summary>
public sealed record Exemption(string Content, string Reason);
