namespace Detector.Rules.Matching;

/// <summary>Receives the phrases found by <see cref="PhraseAutomaton.Scan{THandler}"/> (a struct, so calls are inlined).</summary>
internal interface IPhraseHitHandler
{
    /// <summary>Whether a hit of <paramref name="phrase"/> is still wanted (e.g. its rule has not fired yet).</summary>
    bool Wants(int phrase);

    /// <summary>A phrase matched normalised characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    void OnHit(int phrase, int start, int end);
}
