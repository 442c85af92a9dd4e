using Detector.Rules;
using Detector.Scoring;

namespace Detector.Features;

/// <summary>A signal that fired, as a session keeps it: with the sender's slot and a short excerpt for explanations.</summary>
/// <param name="Signal">The signal's index in the taxonomy.</param>
/// <param name="Message">The message index.</param>
/// <param name="Start">The span's start in the original text.</param>
/// <param name="Length">The span's length.</param>
/// <param name="Weight">The rule's weight, or the text model's probability.</param>
/// <param name="Slot">The sender's participant slot.</param>
/// <param name="Side">Which side the rule listens to; the scorer shows the signal only when the sender is on that side.</param>
/// <param name="Source">Where the signal came from.</param>
/// <param name="Rule">The rule's id, or <see langword="null"/> for the text model.</param>
/// <param name="Excerpt">At most <see cref="MaxExcerpt"/> characters of the span, for explanations.</param>
internal sealed record KeptSignal(
    int Signal, int Message, int Start, int Length, float Weight, int Slot, RuleSender Side, SignalSource Source, string? Rule, string Excerpt)
{
    /// <summary>The longest excerpt kept.</summary>
    public const int MaxExcerpt = 80;

    private Signal? _public;

    /// <summary>The public <see cref="Scoring.Signal"/> for this kept signal, created once (views of the kept list reuse it).</summary>
    public Signal ToSignal() => _public ??= new Signal(SignalCatalog.NameOf(Signal), Message, Start, Length, Weight)
    {
        Source = Source,
        Rule = Rule,
        Excerpt = Excerpt.Length == 0 ? null : Excerpt,
    };
}
