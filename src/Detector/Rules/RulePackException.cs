namespace Detector.Rules;

/// <summary>Thrown when a rule pack is refused; <see cref="Problems"/> names the file, rule and problem of each.</summary>
public sealed class RulePackException : Exception
{
    /// <summary>Creates the exception for one or more problems.</summary>
    public RulePackException(IReadOnlyList<RulePackProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RulePackException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RulePackException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RulePackException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<RulePackProblem> Problems { get; }
}
