using System.Text.Json;
using Detector.Conversations;
using Detector.Rules;

namespace Detector.Tests.Rules;

/// <summary>
/// The engine's matches on a few thousand corpus messages are exactly those the first engine (a
/// character-level automaton, commit 493f001) found: same rules, same spans, same order. Guards
/// speed work on the engine against any change of matching semantics.
/// </summary>
/// <remarks>
/// Rules/TestData/engine-matches.jsonl holds messages sampled from <c>detector corpus</c> output
/// (every 97th message, plus leetspeak and matching ones) with the expected (rule id, start, length)
/// of each match. If a pack change alters these matches on purpose, regenerate the file from an engine
/// known to be right and review the diff.
/// </remarks>
public class RuleEngineEquivalenceTests
{
    [Fact]
    public void Matches_on_corpus_messages_are_unchanged()
    {
        var engine = RuleEngine.Default;
        var buffer = new RuleMatch[engine.Rules.Count];
        var path = Path.Combine(AppContext.BaseDirectory, "Rules", "TestData", "engine-matches.jsonl");
        var differences = new List<string>();
        var messages = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var document = JsonDocument.Parse(line);
            var text = document.RootElement.GetProperty("text").GetString()!;
            var expected = document.RootElement.GetProperty("matches").EnumerateArray()
                .Select(m => $"{m[0].GetString()}@{m[1].GetInt32()}+{m[2].GetInt32()}")
                .ToList();
            var count = engine.Match(text, MessageKind.Text, buffer);
            var actual = buffer[..count].Select(m => $"{m.Rule.Id}@{m.Start}+{m.Length}").ToList();
            if (!expected.SequenceEqual(actual))
            {
                differences.Add($"\"{text}\": expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
            }

            messages++;
        }

        Assert.True(messages >= 3000, $"only {messages} messages in {path}");
        Assert.True(differences.Count == 0, $"{differences.Count} of {messages} messages differ:\n{string.Join("\n", differences.Take(20))}");
    }
}
