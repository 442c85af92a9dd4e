namespace Detector.Fuzz;

/// <summary>
/// The harness's checks: a broken invariant throws <see cref="FuzzAssertionException"/>, which no target catches, so
/// afl-fuzz records the input as a crash and the replay test fails on it.
/// </summary>
public static class FuzzAssert
{
    /// <summary>Throws when <paramref name="condition"/> is false.</summary>
    public static void True(bool condition, string message)
    {
        if (!condition)
        {
            throw new FuzzAssertionException(message);
        }
    }

    /// <summary>Throws when the two strings differ, showing where.</summary>
    public static void Equal(string expected, string actual, string message)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            var at = expected.AsSpan().CommonPrefixLength(actual);
            throw new FuzzAssertionException($"{message}: first difference at character {at}\nexpected: {expected}\nactual:   {actual}");
        }
    }
}
