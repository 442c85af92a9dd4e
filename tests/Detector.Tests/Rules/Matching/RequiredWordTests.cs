using Detector.Normalization;
using Detector.Rules.Matching;

namespace Detector.Tests.Rules.Matching;

/// <summary>
/// The automaton skips a phrase after its key is found when a word the rest of the phrase needs (or every alternative of
/// one of its slots) is in no word of the message. The skip must never lose a match: the word is found after the key
/// written plainly, as a prefix, as one of several alternatives, through leetspeak, and with another automaton's words
/// read on the same thread in between.
/// </summary>
public class RequiredWordTests
{
    private static readonly PhraseAutomaton s_small = Build(["send {0-3} money", "send {0-2} record*", "pay|send {0-2} bills", "ask {0-2} cash|funds|m0ney"]);

    /// <summary>More symbols than the per-thread set of words starts with, so reading with it grows the set.</summary>
    private static readonly PhraseAutomaton s_large = Build([.. Enumerable.Range(0, 5_000).Select(i => $"w{i} {{0-1}} zz{i}|yy{i}")]);

    [Theory]
    [InlineData("send me money now", new[] { 0 })]
    [InlineData("send the m0ney", new[] { 0 })]
    [InlineData("send me the recordings", new[] { 1 })]
    [InlineData("pay the b1lls", new[] { 2 })]
    [InlineData("send money, send the bills", new[] { 0, 2 })]
    [InlineData("ask for funds", new[] { 3 })]
    [InlineData("ask for MONEY", new[] { 3 })]
    [InlineData("funds? ask me later", new int[0])]
    [InlineData("money? send me nothing", new int[0])]
    [InlineData("send me cash", new int[0])]
    public void Phrases_match_exactly_when_their_words_follow_the_key(string text, int[] expected) =>
        Assert.Equal(expected, Hits(s_small, text));

    [Fact]
    public void Automata_with_different_words_can_take_turns_on_one_thread()
    {
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal([4_999], Hits(s_large, "w4999 then zz4999"));
            Assert.Equal([4_998], Hits(s_large, "w4998 then yy4998"));
            Assert.Equal([0], Hits(s_small, "send me money"));
            Assert.Empty(Hits(s_large, "w4999 then zz4998"));
            Assert.Empty(Hits(s_small, "send me cash"));
        }
    }

    [Fact]
    public void A_long_message_leaves_nothing_behind_for_the_next()
    {
        // Its words are marked once each however often they recur, and the whole set is cleared after it.
        var longText = string.Concat(Enumerable.Repeat("ask for cash, send me money, pay the bills. ", 2_000));

        Assert.Equal([0, 2, 3], Hits(s_small, longText));
        Assert.Equal([3], Hits(s_small, "ask for funds"));
        Assert.Empty(Hits(s_small, "ask me later"));
        Assert.Equal([0, 2, 3], Hits(s_small, longText));
    }

    private static PhraseAutomaton Build(string[] phrases)
    {
        var parsed = phrases.Select(phrase => PhraseParser.Parse(phrase, out var problem) ?? throw new ArgumentException(problem)).ToList();
        return PhraseAutomaton.Build(parsed, [.. Enumerable.Range(0, phrases.Length)]);
    }

    private static int[] Hits(PhraseAutomaton automaton, string text)
    {
        var normalized = new NormalizedText();
        TextNormalizer.Normalize(text, normalized);
        var handler = new Recorder([]);
        automaton.Scan(normalized, ref handler);
        return [.. handler.Owners.Distinct().Order()];
    }

    private readonly struct Recorder(List<int> owners) : IPhraseHitHandler
    {
        public List<int> Owners { get; } = owners;

        public bool Wants(int owner) => true;

        public void OnHit(int owner, int start, int end) => Owners.Add(owner);
    }
}
