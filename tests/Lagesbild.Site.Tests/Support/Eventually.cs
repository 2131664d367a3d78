namespace Lagesbild.Site.Tests.Support;

/// <summary>Waits for something that happens in the background (a rebuild after a save), without timing asserts.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        var last = await probe();
        while (!done(last))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"gave up waiting for {what}; last seen:\n{last}");
            }

            await Task.Delay(25);
            last = await probe();
        }

        return last;
    }
}
