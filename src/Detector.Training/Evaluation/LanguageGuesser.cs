using System.Text.Json;

namespace Detector.Training.Evaluation;

/// <summary>
/// Guesses the language of a conversation for the per-language figures of an evaluation: the language of
/// <c>languages.json</c> whose function words, times the language's weight, occur most often in its first
/// <see cref="MaxCharacters"/> characters. Conversation files do not record a language, so this is a guess and the
/// report says so.
/// </summary>
internal sealed class LanguageGuesser
{
    /// <summary>The language of a conversation in which no listed word occurs.</summary>
    public const string Unknown = "unknown";

    /// <summary>How much text is read per conversation: enough to decide, bounded however long the conversation is.</summary>
    public const int MaxCharacters = 4000;

    private const int MaxWordLength = 32;

    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, (int Language, int Weight)> _words;
    private readonly Dictionary<string, (int Language, int Weight)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string[] _codes;
    private readonly Dictionary<string, string> _names;

    private LanguageGuesser(LanguageListFile file)
    {
        _codes = [.. file.Languages.Select(language => language.Code)];
        _names = file.Languages.ToDictionary(language => language.Code, language => language.Name, StringComparer.Ordinal);
        _words = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var language = 0; language < file.Languages.Count; language++)
        {
            foreach (var word in file.Languages[language].Words)
            {
                if (!_words.TryAdd(word.ToLowerInvariant(), (language, file.Languages[language].Weight)))
                {
                    throw new InvalidDataException($"languages.json: '{word}' is listed for two languages.");
                }
            }
        }

        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The guesser built from the embedded <c>languages.json</c>.</summary>
    public static LanguageGuesser Default { get; } = Load();

    /// <summary>The display name of a language code (the code itself when unlisted).</summary>
    public string NameOf(string code) => _names.GetValueOrDefault(code, code);

    /// <summary>The code of the language most of <paramref name="texts"/> is in, or <see cref="Unknown"/>.</summary>
    public string Guess(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Span<int> scores = stackalloc int[_codes.Length];
        Span<char> word = stackalloc char[MaxWordLength];
        var budget = MaxCharacters;
        foreach (var text in texts)
        {
            var length = 0;
            foreach (var c in text.AsSpan(0, Math.Min(text.Length, budget)))
            {
                if (char.IsLetter(c) || c is '\'' or '\u2019')
                {
                    if (length < MaxWordLength)
                    {
                        word[length] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
                    }

                    length++;
                    continue;
                }

                Count(word, length, scores);
                length = 0;
            }

            Count(word, length, scores);
            budget -= text.Length;
            if (budget <= 0)
            {
                break;
            }
        }

        var best = -1;
        for (var language = 0; language < scores.Length; language++)
        {
            if (scores[language] > 0 && (best < 0 || scores[language] > scores[best]))
            {
                best = language;
            }
        }

        return best < 0 ? Unknown : _codes[best];
    }

    private void Count(Span<char> word, int length, Span<int> scores)
    {
        if (length is > 0 and <= MaxWordLength && _lookup.TryGetValue(word[..length], out var entry))
        {
            scores[entry.Language] += entry.Weight;
        }
    }

    private static LanguageGuesser Load()
    {
        using var stream = typeof(LanguageGuesser).Assembly.GetManifestResourceStream("Detector.Training.Evaluation.languages.json")
            ?? throw new InvalidDataException("The embedded languages.json is missing.");
        var file = JsonSerializer.Deserialize<LanguageListFile>(stream, s_json)
            ?? throw new InvalidDataException("languages.json is empty.");
        return new LanguageGuesser(file);
    }

    private sealed record LanguageListFile(IReadOnlyList<LanguageList> Languages);

    private sealed record LanguageList(string Code, string Name, int Weight, IReadOnlyList<string> Words);
}
