using System.Text;
using Detector.Normalization;

namespace Detector.Rules.Matching;

/// <summary>
/// Parses a pack phrase (<c>send {0-3} to your family|friends</c>, <c>record*</c>) into slots,
/// normalising each word as message text is normalised.
/// </summary>
internal static class PhraseParser
{
    public const int MaxGap = 5;
    public const int MaxAlternatives = 32;
    public const int MaxSlots = 32;
    public const int MinPrefixLength = 2;

    /// <summary>Parses a phrase; returns <see langword="null"/> and the problem when it is malformed.</summary>
    public static PhraseSlot[]? Parse(string phrase, out string? problem)
    {
        problem = null;
        var tokens = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            problem = "empty phrase";
            return null;
        }

        var slots = new List<PhraseSlot>();
        foreach (var token in tokens)
        {
            if (token.Contains('{', StringComparison.Ordinal) || token.Contains('}', StringComparison.Ordinal))
            {
                if (!TryParseGap(token, out var gap))
                {
                    problem = $"phrase \"{phrase}\": bad gap syntax \"{token}\" (expected {{a-b}} with 0 <= a <= b <= {MaxGap})";
                    return null;
                }

                if (slots.Count == 0 || slots[^1].IsGap)
                {
                    problem = $"phrase \"{phrase}\": a gap must come between two words";
                    return null;
                }

                slots.Add(gap);
                continue;
            }

            problem = AddWords(token, slots);
            if (problem is not null)
            {
                problem = $"phrase \"{phrase}\": {problem}";
                return null;
            }
        }

        if (slots[^1].IsGap)
        {
            problem = $"phrase \"{phrase}\": a gap must come between two words";
            return null;
        }

        if (slots.Count > MaxSlots)
        {
            problem = $"phrase \"{phrase}\": more than {MaxSlots} words";
            return null;
        }

        return [.. slots];
    }

    /// <summary>A word in match form: doubled letters written once (matching treats one and two alike).</summary>
    public static string ToMatchForm(ReadOnlySpan<char> normalizedWord)
    {
        var builder = new StringBuilder(normalizedWord.Length);
        foreach (var c in normalizedWord)
        {
            if (builder.Length == 0 || c != builder[^1] || !char.IsLetter(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string? AddWords(string token, List<PhraseSlot> slots)
    {
        var alternatives = token.Split('|');
        if (alternatives.Length > MaxAlternatives)
        {
            return $"more than {MaxAlternatives} alternatives in \"{token}\"";
        }

        var words = new PhraseWord[alternatives.Length];
        for (var i = 0; i < alternatives.Length; i++)
        {
            var alternative = alternatives[i];
            var isPrefix = alternative.EndsWith('*');
            var core = isPrefix ? alternative[..^1] : alternative;
            if (core.Length == 0)
            {
                return $"empty alternative in \"{token}\"";
            }

            if (core.Contains('*', StringComparison.Ordinal))
            {
                return $"'*' is only allowed at the end of a word (\"{alternative}\")";
            }

            var normalized = TextNormalizer.Normalize(core).Trim();
            if (normalized.Length == 0)
            {
                return $"\"{alternative}\" has no letters or digits";
            }

            if (normalized.Contains(' ', StringComparison.Ordinal))
            {
                if (alternatives.Length > 1)
                {
                    return $"alternative \"{alternative}\" is not a single word (normalised: \"{normalized}\")";
                }

                // Punctuation inside a plain word splits it, as it splits message text ("e-mail" → "e mail").
                var parts = normalized.Split(' ');
                for (var p = 0; p < parts.Length; p++)
                {
                    slots.Add(new PhraseSlot([new PhraseWord(ToMatchForm(parts[p]), isPrefix && p == parts.Length - 1)]));
                }

                return null;
            }

            if (isPrefix && normalized.Length < MinPrefixLength)
            {
                return $"prefix \"{alternative}\" is shorter than {MinPrefixLength} characters";
            }

            words[i] = new PhraseWord(ToMatchForm(normalized), isPrefix);
        }

        slots.Add(new PhraseSlot(words));
        return null;
    }

    private static bool TryParseGap(string token, out PhraseSlot gap)
    {
        gap = PhraseSlot.Gap(0, 0);
        if (token.Length < 5 || token[0] != '{' || token[^1] != '}')
        {
            return false;
        }

        var parts = token[1..^1].Split('-');
        if (parts.Length != 2
            || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, null, out var min)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, null, out var max)
            || min > max || max > MaxGap)
        {
            return false;
        }

        gap = PhraseSlot.Gap(min, max);
        return true;
    }
}
