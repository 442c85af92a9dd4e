using Detector.Normalization;

namespace Detector.Fuzz;

/// <summary>
/// Fuzz target <c>normalizer</c>: the bytes as UTF-8 and as UTF-16 text through <see cref="TextNormalizer"/>. The
/// output must have the documented shape (words between single spaces, a space at each end) and every normalised
/// character, and every word, must map to a range inside the original text.
/// </summary>
public static class NormalizerTarget
{
    /// <summary>Runs the target on one input.</summary>
    public static void Run(byte[] input)
    {
        foreach (var text in FuzzInput.Texts(input))
        {
            Check(text);
        }
    }

    private static void Check(string text)
    {
        var output = new NormalizedText(capacity: 4);
        TextNormalizer.Normalize(text, output);
        var chars = output.Chars;
        FuzzAssert.True(chars.Length >= 1 && chars[0] == ' ' && chars[^1] == ' ', $"no space at each end: \"{output}\"");
        FuzzAssert.True(!chars.Contains("  ", StringComparison.Ordinal), $"two spaces in a row: \"{output}\"");

        var wordStart = 1;
        for (var i = 0; i < chars.Length; i++)
        {
            var (start, end) = (output.OriginalStart(i), output.OriginalEnd(i));
            FuzzAssert.True(start >= 0 && start <= end && end <= text.Length,
                $"character {i} ('{chars[i]}') maps to [{start}, {end}) of a text of {text.Length}");
            if (chars[i] == ' ' && i > wordStart)
            {
                var (wordOriginalStart, wordLength) = output.ToOriginal(wordStart, i);
                FuzzAssert.True(wordLength > 0 && wordOriginalStart + wordLength <= text.Length,
                    $"word [{wordStart}, {i}) \"{new string(chars[wordStart..i])}\" maps to start {wordOriginalStart}, length {wordLength} of a text of {text.Length}");
            }

            if (chars[i] == ' ')
            {
                wordStart = i + 1;
            }
        }

        FuzzAssert.Equal(output.ToString(), TextNormalizer.Normalize(text), "a fresh buffer and the thread's buffer disagree");
    }
}
