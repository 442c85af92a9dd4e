namespace Detector.Training.Corpus;

/// <summary>One entry of a benign theme script: a step name, optional when written <c>name?</c>.</summary>
internal sealed record ScriptStep(string Name, bool Optional)
{
    public static ScriptStep Parse(string entry) =>
        entry.EndsWith('?') ? new(entry[..^1], true) : new(entry, false);
}
