namespace Detector.Fuzz;

/// <summary>An invariant the fuzz harness checks was broken: a bug in the library (or in the harness).</summary>
public sealed class FuzzAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FuzzAssertionException()
    {
    }

    /// <summary>Creates the exception with the broken invariant.</summary>
    public FuzzAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the broken invariant and its cause.</summary>
    public FuzzAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
