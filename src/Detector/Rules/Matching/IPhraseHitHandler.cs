namespace Detector.Rules.Matching;

/// <summary>Receives the phrases found by <see cref="PhraseAutomaton.Scan{THandler}"/> (a struct, so calls are inlined).</summary>
internal interface IPhraseHitHandler
{
    /// <summary>Whether a hit of a phrase of <paramref name="owner"/> (the value given with the phrase at build) is still wanted, e.g. its rule has not fired yet.</summary>
    bool Wants(int owner);

    /// <summary>A phrase of <paramref name="owner"/> matched normalised characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    void OnHit(int owner, int start, int end);
}
