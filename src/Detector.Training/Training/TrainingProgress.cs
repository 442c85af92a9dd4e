using System.Diagnostics;

namespace Detector.Training.Training;

/// <summary>Reports training's progress as lines with the elapsed time, e.g. to standard error.</summary>
public sealed class TrainingProgress
{
    private readonly Action<string> _write;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Creates a reporter that hands each line to <paramref name="write"/>.</summary>
    public TrainingProgress(Action<string> write) => _write = write;

    /// <summary>A reporter that drops every line.</summary>
    public static TrainingProgress Silent { get; } = new(_ => { });

    /// <summary>Reports one step.</summary>
    public void Report(string step) => _write($"[{_clock.Elapsed:hh\\:mm\\:ss}] {step}");
}
