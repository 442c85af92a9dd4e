namespace Detector.Training.Corpus;

/// <summary>
/// How often each <see cref="MessageStyle"/> is drawn for each kind of writer, and the perpetrator persona × style
/// combinations held out of train and validation: they appear only in the test split, to measure generalisation.
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
    public static readonly IReadOnlyList<(PerpetratorPersona Persona, MessageStyle Style)> HeldOut =
    [
        (PerpetratorPersona.FakeYoungMan, MessageStyle.Obfuscated),
        (PerpetratorPersona.ModellingAgent, MessageStyle.TextSpeak),
    ];

    /// <summary>The share of test sextortion conversations forced onto a held-out combination.</summary>
    public const double HeldOutShareInTest = 0.25;

    public static bool IsHeldOut(PerpetratorPersona persona, MessageStyle style) => HeldOut.Contains((persona, style));
}
