using System.Collections.Frozen;

namespace Lagesbild.Site.Images;

/// <summary>
/// What a map or diagram needs, and nothing more: shapes, text, gradients, patterns, clipping,
/// markers and a few filters for shadows. Links (<c>a</c>), pictures (<c>image</c>,
/// <c>feImage</c>), animation (<c>animate</c>, <c>set</c>), <c>script</c>, <c>foreignObject</c>
/// and anything outside the SVG namespace are left out on purpose: each can run script, change a
/// reference after it was checked, or load from another host.
/// </summary>
public static class SvgAllowList
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    public const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static readonly FrozenSet<string> Elements = FrozenSet.ToFrozenSet(
    [
        "svg", "g", "defs", "symbol", "use", "title", "desc",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "style",
        "filter", "feGaussianBlur", "feOffset", "feFlood", "feComposite", "feMerge", "feMergeNode",
        "feBlend", "feColorMatrix", "feDropShadow", "feMorphology",
    ], StringComparer.Ordinal);

    /// <summary>Elements whose text is shown or read (the rest may hold only whitespace between elements).</summary>
    public static readonly FrozenSet<string> TextElements = FrozenSet.ToFrozenSet(
        ["text", "tspan", "textPath", "title", "desc", "style"], StringComparer.Ordinal);

    /// <summary>Presentation properties, allowed both as attributes and in CSS.</summary>
    public static readonly FrozenSet<string> Properties = FrozenSet.ToFrozenSet(
    [
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
        "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "opacity",
        "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch",
        "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing",
        "word-spacing", "text-decoration", "writing-mode", "stop-color", "stop-opacity",
        "clip-path", "clip-rule", "mask", "marker-start", "marker-mid", "marker-end", "visibility",
        "display", "color", "vector-effect", "paint-order", "shape-rendering", "text-rendering",
        "flood-color", "flood-opacity", "filter", "color-interpolation-filters", "overflow",
    ], StringComparer.Ordinal);

    /// <summary>Geometry and structure attributes (no namespace); <c>href</c> is judged on its own.</summary>
    public static readonly FrozenSet<string> Attributes = FrozenSet.ToFrozenSet(
    [
        "id", "class", "style", "transform", "version", "baseProfile", "viewBox", "preserveAspectRatio",
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "width", "height",
        "d", "points", "pathLength", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset",
        "offset", "gradientUnits", "gradientTransform", "spreadMethod",
        "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits",
        "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
        "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "operator",
        "k1", "k2", "k3", "k4", "values", "type", "radius",
        "role", "aria-label", "aria-hidden", "focusable", "lang",
    ], StringComparer.Ordinal);

    /// <summary>CSS and attribute functions a drawing uses; <c>url()</c> is allowed only as <c>url(#id)</c>.</summary>
    public static readonly FrozenSet<string> Functions = FrozenSet.ToFrozenSet(
        ["url", "rgb", "rgba", "hsl", "hsla", "translate", "rotate", "scale", "matrix", "skewx", "skewy"], StringComparer.Ordinal);
}
