namespace Detector.Scoring;

/// <summary>What made a signal fire (the optional <c>source</c> field of a result line's signal).</summary>
public enum SignalSource
{
    /// <summary>A rule of a rule pack (<c>rules</c>); <see cref="Signal.Rule"/> names it.</summary>
    Rules,

    /// <summary>The message-level text model (<c>model</c>): a phrasing or language the rules do not cover; the span is the whole message.</summary>
    Model,
}
