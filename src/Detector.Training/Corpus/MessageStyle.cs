namespace Detector.Training.Corpus;

/// <summary>How a participant writes; <see cref="StyleTransformer"/> turns a style into per-message transforms.</summary>
internal enum MessageStyle
{
    Clean,
    Casual,
    TextSpeak,
    Sloppy,
    NonNative,
    Shouty,

    /// <summary>Hides words from filters: leetspeak, homoglyphs, zero-width characters, spaced or dotted letters.</summary>
    Obfuscated,
}
