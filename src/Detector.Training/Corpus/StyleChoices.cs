namespace Detector.Training.Corpus;

/// <summary>
/// How often each <see cref="MessageStyle"/> is drawn for each kind of writer, and the perpetrator persona × style
/// combinations held out of train: some appear only in the test split, one only in validation, so both measure
/// generalisation to a combination the model never saw.
/// </summary>
internal static class StyleChoices
{
    public static readonly IReadOnlyList<(MessageStyle Style, double Weight)> Suspect =
    [
        (MessageStyle.Clean, 0.25), (MessageStyle.Casual, 0.2), (MessageStyle.TextSpeak, 0.1), (MessageStyle.Sloppy, 0.1),
        (MessageStyle.NonNative, 0.2), (MessageStyle.Shouty, 0.05), (MessageStyle.Obfuscated, 0.1),
    ];

    public static readonly IReadOnlyList<(MessageStyle Style, double Weight)> Victim =
    [
        (MessageStyle.Clean, 0.25), (MessageStyle.Casual, 0.3), (MessageStyle.TextSpeak, 0.2), (MessageStyle.Sloppy, 0.15),
        (MessageStyle.NonNative, 0.03), (MessageStyle.Shouty, 0.05), (MessageStyle.Obfuscated, 0.02),
    ];

    public static readonly IReadOnlyList<(MessageStyle Style, double Weight)> Benign =
    [
        (MessageStyle.Clean, 0.3), (MessageStyle.Casual, 0.3), (MessageStyle.TextSpeak, 0.15), (MessageStyle.Sloppy, 0.12),
        (MessageStyle.NonNative, 0.05), (MessageStyle.Shouty, 0.05), (MessageStyle.Obfuscated, 0.03),
    ];

    /// <summary>Perpetrator persona × style pairs that only the test split uses.</summary>
    public static readonly IReadOnlyList<(PerpetratorPersona Persona, MessageStyle Style)> HeldOutForTest =
    [
        (PerpetratorPersona.FakeYoungMan, MessageStyle.Obfuscated),
        (PerpetratorPersona.ModellingAgent, MessageStyle.TextSpeak),
    ];

    /// <summary>Perpetrator persona × style pairs that only the validation split uses.</summary>
    public static readonly IReadOnlyList<(PerpetratorPersona Persona, MessageStyle Style)> HeldOutForValidation =
    [
        (PerpetratorPersona.FakeYoungMan, MessageStyle.NonNative),
    ];

    /// <summary>
    /// The share of a split's non-hacker sextortion conversations forced onto each of its held-out combinations
    /// (test: 2 × 12.5 % = 25 %; validation: 12.5 %).
    /// </summary>
    public const double HeldOutSharePerCombination = 0.125;

    /// <summary>The combinations only <paramref name="split"/> uses (none for train).</summary>
    public static IReadOnlyList<(PerpetratorPersona Persona, MessageStyle Style)> HeldOutFor(CorpusSplit split) => split switch
    {
        CorpusSplit.Test => HeldOutForTest,
        CorpusSplit.Validation => HeldOutForValidation,
        _ => [],
    };

    /// <summary>Whether the combination is held out for a split other than <paramref name="split"/>, so <paramref name="split"/> must not use it.</summary>
    public static bool IsReservedElsewhere(CorpusSplit split, PerpetratorPersona persona, MessageStyle style) =>
        Enum.GetValues<CorpusSplit>().Any(other => other != split && HeldOutFor(other).Contains((persona, style)));
}
