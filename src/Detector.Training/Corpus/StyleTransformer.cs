using System.Text;

namespace Detector.Training.Corpus;

/// <summary>
/// Rewrites a filled message the way its writer's <see cref="MessageStyle"/> would: casing, typos, text-speak, emoji,
/// non-native grammar and obfuscations, each applied with a probability. Tokens that look like values (digits, '@',
/// '/', ':', '$', long codes) are never touched, so wallets, amounts and addresses stay valid. Transforms never change
/// a message's signals. English-only transforms (text-speak, grammar) are skipped in other languages.
/// </summary>
internal static class StyleTransformer
{
    private static readonly string[] s_emoji = ["😂", "😅", "🙏", "😘", "😍", "🔥", "😭", "👀", "😊", "🙂", "😉", "💯", "😳", "🤔", "😬", "❤️"];

    private static readonly Dictionary<string, string> s_textSpeak = new(StringComparer.Ordinal)
    {
        ["you"] = "u", ["your"] = "ur", ["you're"] = "ur", ["are"] = "r", ["please"] = "pls", ["because"] = "cuz",
        ["tonight"] = "2nite", ["okay"] = "ok", ["really"] = "rly", ["what"] = "wat", ["though"] = "tho", ["people"] = "ppl",
        ["thanks"] = "thx", ["love"] = "luv", ["before"] = "b4", ["see"] = "c", ["why"] = "y", ["tomorrow"] = "tmrw",
        ["message"] = "msg", ["picture"] = "pic", ["something"] = "smth", ["about"] = "abt", ["know"] = "kno",
        ["don't"] = "dont", ["i'm"] = "im", ["can't"] = "cant", ["going"] = "goin", ["with"] = "w",
    };

    private static readonly Dictionary<string, string> s_nonNative = new(StringComparer.Ordinal)
    {
        ["i'm"] = "i am", ["don't"] = "do not", ["can't"] = "can not", ["won't"] = "will not", ["it's"] = "it is",
        ["you're"] = "you are", ["didn't"] = "did not", ["please"] = "please kindly", ["the"] = "", ["a"] = "",
        ["hello"] = "hello dear", ["is"] = "is been", ["now"] = "now now",
    };

    private static readonly Dictionary<char, char> s_leet = new() { ['a'] = '4', ['e'] = '3', ['i'] = '1', ['o'] = '0', ['s'] = '5', ['t'] = '7' };

    // Latin letters and the Cyrillic/Greek letters that look the same.
    private static readonly Dictionary<char, char> s_homoglyphs = new()
    {
        ['a'] = 'а', ['c'] = 'с', ['e'] = 'е', ['o'] = 'о', ['p'] = 'р', ['x'] = 'х', ['y'] = 'у', ['i'] = 'і', ['s'] = 'ѕ',
    };

    private static readonly string s_keyboard = "qwertyuiopasdfghjklzxcvbnm";

    /// <summary>Applies <paramref name="style"/>'s transforms to <paramref name="text"/>.</summary>
    public static string Apply(string text, MessageStyle style, string language, SeededRandom random)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var english = language == CorpusBanks.English;
        var tokens = text.Split(' ');
        switch (style)
        {
            case MessageStyle.Casual:
                Maybe(random, 0.6, () => Lower(tokens));
                Maybe(random, 0.1, () => Typos(tokens, random));
                break;
            case MessageStyle.TextSpeak:
                Maybe(random, english ? 0.85 : 0, () => Replace(tokens, s_textSpeak, random, 0.8));
                Maybe(random, 0.8, () => Lower(tokens));
                break;
            case MessageStyle.Sloppy:
                Maybe(random, 0.6, () => Typos(tokens, random));
                Maybe(random, 0.4, () => Lower(tokens));
                break;
            case MessageStyle.NonNative:
                Maybe(random, english ? 0.8 : 0, () => Replace(tokens, s_nonNative, random, 0.5));
                Maybe(random, 0.15, () => Typos(tokens, random));
                break;
            case MessageStyle.Shouty:
                Maybe(random, 0.45, () => Upper(tokens));
                break;
            case MessageStyle.Obfuscated:
                Maybe(random, 0.65, () => Obfuscate(tokens, random));
                Maybe(random, 0.4, () => Lower(tokens));
                break;
        }

        var result = string.Join(' ', tokens.Where(token => token.Length > 0));
        if (result.Length == 0)
        {
            return text;
        }

        return style switch
        {
            MessageStyle.Clean => random.Chance(0.05) ? $"{result} {random.Pick(s_emoji)}" : result,
            MessageStyle.Shouty when random.Chance(0.35) => result.TrimEnd('.') + "!!",
            MessageStyle.Casual or MessageStyle.TextSpeak or MessageStyle.Sloppy => Finish(result, random),
            _ => random.Chance(0.1) ? $"{result} {random.Pick(s_emoji)}" : result,
        };
    }

    private static string Finish(string text, SeededRandom random)
    {
        if (random.Chance(0.5) && text.Length > 1 && text[^1] == '.')
        {
            text = text[..^1];
        }

        return random.Chance(0.25) ? $"{text} {random.Pick(s_emoji)}" : text;
    }

    private static void Maybe(SeededRandom random, double probability, Action transform)
    {
        if (random.Chance(probability))
        {
            transform();
        }
    }

    /// <summary>A token that looks like a value (amount, wallet, handle, address) and must stay exactly as filled.</summary>
    private static bool IsProtected(string token) =>
        token.Length > 16 || token.Any(c => char.IsDigit(c) || c is '@' or '/' or ':' or '$' or '£' or '€' or '₦' or '₱' or '#');

    private static void Lower(string[] tokens) => Recase(tokens, token => token.ToLowerInvariant());

    private static void Upper(string[] tokens) => Recase(tokens, token => token.ToUpperInvariant());

    private static void Recase(string[] tokens, Func<string, string> recase)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = IsProtected(tokens[i]) ? tokens[i] : recase(tokens[i]);
        }
    }

    /// <summary>Replaces whole words (ignoring case and trailing punctuation) from <paramref name="map"/>.</summary>
    private static void Replace(string[] tokens, Dictionary<string, string> map, SeededRandom random, double probability)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].TrimEnd('.', ',', '!', '?');
            var tail = tokens[i][word.Length..];
            if (map.TryGetValue(word.ToLowerInvariant(), out var replacement) && random.Chance(probability))
            {
                tokens[i] = replacement.Length == 0 ? tail.Trim() : replacement + tail;
            }
        }
    }

    private static void Typos(string[] tokens, SeededRandom random)
    {
        var count = random.Between(1, 2);
        for (var n = 0; n < count; n++)
        {
            var i = random.Next(tokens.Length);
            var token = tokens[i];
            if (IsProtected(token) || token.Length < 3 || !token.All(char.IsLetter))
            {
                continue;
            }

            var at = random.Between(1, token.Length - 2);
            tokens[i] = random.Next(4) switch
            {
                0 => string.Concat(token.AsSpan(0, at), token[at + 1].ToString(), token[at].ToString(), token.AsSpan(at + 2)),
                1 => token.Remove(at, 1),
                2 => token.Insert(at, token[at].ToString()),
                _ => string.Concat(token.AsSpan(0, at), s_keyboard[random.Next(s_keyboard.Length)].ToString(), token.AsSpan(at + 1)),
            };
        }
    }

    private static void Obfuscate(string[] tokens, SeededRandom random)
    {
        var candidates = Enumerable.Range(0, tokens.Length)
            .Where(i => tokens[i].Length >= 4 && !IsProtected(tokens[i]) && tokens[i].All(char.IsLetter))
            .ToList();
        var count = Math.Min(candidates.Count, random.Between(1, 2));
        for (var n = 0; n < count; n++)
        {
            var i = candidates[random.Next(candidates.Count)];
            candidates.Remove(i);
            tokens[i] = random.Next(5) switch
            {
                0 => Map(tokens[i], s_leet),
                1 => Map(tokens[i], s_homoglyphs),
                2 => string.Join('\u200B', tokens[i].ToCharArray()),
                3 => string.Join(' ', tokens[i].ToCharArray()),
                _ => string.Join('.', tokens[i].ToCharArray()),
            };
        }
    }

    private static string Map(string token, Dictionary<char, char> map)
    {
        var builder = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            builder.Append(map.TryGetValue(char.ToLowerInvariant(c), out var replacement) ? replacement : c);
        }

        return builder.ToString();
    }
}
