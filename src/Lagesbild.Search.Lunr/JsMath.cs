namespace Lagesbild.Search.Lunr;

/// <summary>JavaScript's number operations where .NET's differ.</summary>
internal static class JsMath
{
    /// <summary>Math.round: halves go up (-2.5 → -2), and 0.49999999999999994 stays 0.</summary>
    public static double Round(double value)
    {
        if (double.IsInfinity(value) || double.IsNaN(value))
        {
            return value;
        }

        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }
}
