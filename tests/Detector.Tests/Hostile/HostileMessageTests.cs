using System.Text;
using Detector.Conversations;
using Detector.Features;
using Detector.Rules;
using Detector.Scoring;
using Detector.Tests.Scoring;

namespace Detector.Tests.Hostile;

/// <summary>
/// Messages and conversations built to break the scorer: huge, full of control characters, surrogates and bidi
/// tricks, crowded with participants, or with absurd timestamps. Each gets a correct score in bounded memory.
/// </summary>
public class HostileMessageTests
{
    /// <summary>A threat in one message: three signals (recording claim, payment demand, threat to share), not flagged on its own.</summary>
    private const string Threat = "i recorded you. pay £200 now or i send it to your family";

    private static readonly ConversationScorer s_scorer = new(new DetectorOptions { IncludeExcerpts = true });

    [Fact]
    public void A_10_MB_message_is_scored_its_threat_found_where_it_is_and_scoring_it_again_allocates_little()
    {
        var filler = new StringBuilder(10 * 1024 * 1024);
        while (filler.Length < 10 * 1024 * 1024)
        {
            filler.Append("how was your day ");
        }

        var text = filler.Append(Threat).ToString();
        var conversation = new Conversation("big", [new Message("u1", text)]);

        var first = s_scorer.Score(conversation);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var second = s_scorer.Score(conversation);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Equal(ScoringFixtures.Describe(first), ScoringFixtures.Describe(second));
        var recording = Assert.Single(first.Signals, s => s.Name == SignalNames.RecordingClaim);
        Assert.InRange(recording.Start, text.Length - Threat.Length, text.Length - 1);
        // Once the thread's buffers have grown, a message costs its assessment, not a copy of its text.
        Assert.True(allocated < 1024 * 1024, $"scoring a 10 MB message again allocated {allocated:N0} bytes");
    }

    /// <summary>
    /// What attackers put in a threat: characters that show as nothing go inside the words (and are removed), characters
    /// that show as a space, a box or nothing go between them instead of spaces (and separate words).
    /// </summary>
    public static TheoryData<string, string, bool> Junk() => new()
    {
        { "NUL", "\0", false },
        { "C0 controls", "\u0001\u0007\u001b", false },
        { "C1 next line", "\u0085", false },
        { "tab and vertical tab", "\t\v", false },
        { "lone high surrogate", "\ud800", false },
        { "lone low surrogate", "\udc00", false },
        { "reversed surrogate pair", "\udc00\ud800", false },
        { "zero-width space", "\u200b", true },
        { "zero-width joiner and BOM", "\u200d\ufeff", true },
        { "soft hyphen", "\u00ad", true },
        { "bidi embedding and pop", "\u202b\u202c", true },
        { "bidi isolates", "\u2067\u2069", true },
    };

    [Theory]
    [MemberData(nameof(Junk))]
    public void Junk_in_a_threat_changes_neither_its_signals_nor_where_they_point(string name, string junk, bool insideWords)
    {
        var clean = s_scorer.Score(new Conversation("clean", [new Message("u1", Threat)]));
        var dirty = insideWords
            ? junk + string.Join(junk, Threat.EnumerateRunes().Select(r => r.ToString())) + junk
            : junk + Threat.Replace(" ", junk, StringComparison.Ordinal) + junk;

        var assessment = s_scorer.Score(new Conversation("dirty", [new Message("u1", dirty)]));

        // Every signal of the clean threat fires, and each quotes a span of the clean one once the junk is taken out.
        // (Built-in patterns such as amounts scan the text as sent, so junk inside "£200" can hide the amount pattern;
        // the phrases that carry the same signals still fire.)
        Assert.Equal(clean.Signals.Select(s => s.Name).Distinct().Order(), assessment.Signals.Select(s => s.Name).Distinct().Order());
        Assert.True(assessment.Risk >= clean.Risk * 0.9, $"{name}: {assessment.Explanation} against {clean.Explanation}");
        foreach (var signal in assessment.Signals)
        {
            Assert.InRange(signal.Start, 0, dirty.Length - signal.Length);
            var quoted = dirty.Substring(signal.Start, signal.Length).Replace(junk, insideWords ? string.Empty : " ", StringComparison.Ordinal);
            Assert.Contains(clean.Signals, s => s.Name == signal.Name && Threat.Substring(s.Start, s.Length) == quoted);
        }
    }

    [Theory]
    [MemberData(nameof(Junk))]
    public void A_message_of_nothing_but_junk_scores_nothing(string name, string junk, bool insideWords)
    {
        var assessment = s_scorer.Score(new Conversation("junk", [new Message("u1", string.Concat(Enumerable.Repeat(junk, 10_000)))]));

        Assert.True(assessment.Risk < s_scorer.Threshold, $"{name} ({(insideWords ? "inside" : "between")} words)");
        Assert.Empty(assessment.Signals);
    }

    /// <summary>
    /// A right-to-left override (U+202E) shows the characters after it in reverse order, so a threat can be typed
    /// backwards and still read forwards by its victim. The rules see what the victim sees, and spans point at the
    /// reversed characters in the text as sent.
    /// </summary>
    [Theory]
    [InlineData("\u202e{0}\u202c")]
    [InlineData("\u202e{0}")]
    [InlineData("ok \u202e{0}\u202c see you")]
    [InlineData("\u202e{0}\n")]
    public void A_threat_typed_backwards_behind_a_right_to_left_override_is_read_as_displayed(string template)
    {
        var reversed = new string([.. Threat.Reverse()]);
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, reversed);
        var clean = s_scorer.Score(new Conversation("clean", [new Message("u1", Threat)]));

        var assessment = s_scorer.Score(new Conversation("rlo", [new Message("u1", text)]));

        Assert.Equal(clean.Signals.Select(s => s.Name).Distinct().Order(), assessment.Signals.Select(s => s.Name).Distinct().Order());
        var offset = text.IndexOf(reversed, StringComparison.Ordinal);
        foreach (var signal in assessment.Signals)
        {
            Assert.InRange(signal.Start, offset, offset + reversed.Length - signal.Length);
            Assert.Equal(text.Substring(signal.Start, Math.Min(signal.Length, 80)), signal.Excerpt);
        }

        var recording = Assert.Single(assessment.Signals, s => s.Name == SignalNames.RecordingClaim);
        var expected = Assert.Single(clean.Signals, s => s.Name == SignalNames.RecordingClaim);
        Assert.Equal(Threat.Substring(expected.Start, expected.Length), new string([.. text.Substring(recording.Start, recording.Length).Reverse()]));
    }

    [Fact]
    public void A_word_hidden_by_bidi_controls_inside_it_still_matches()
    {
        // "pay" typed as p, then "ya" under an override: it shows as "pay".
        var assessment = s_scorer.Score(new Conversation("hidden", [new Message("u1", "i recorded you. p\u202eya\u202c £200 now or i send it to your family")]));

        Assert.Contains(assessment.Signals, s => s.Name == SignalNames.PaymentDemand);
    }

    [Fact]
    public void Ten_thousand_participants_keep_the_state_bounded()
    {
        var session = s_scorer.CreateSession();
        var sizes = new List<int>();
        for (var p = 0; p < 10_000; p++)
        {
            session.Append(new Message($"participant-{p}-{new string('x', p % 400)}", p % 50 == 0 ? "send me a pic" : "hi all"));
            if (p is 4_999 or 9_999)
            {
                sizes.Add(session.Save().Length);
            }
        }

        // Sixteen slots, and the 64 signals kept for explanations are full by message 5,000: only the overflow slot's
        // name (at most 256 characters) may differ.
        Assert.Equal(ParticipantSlots.Capacity, session.State.Participants.Count);
        Assert.InRange(sizes[1], sizes[0] - (ParticipantSlots.MaxIdLength * 4), sizes[0] + (ParticipantSlots.MaxIdLength * 4));
        Assert.InRange(sizes[1], 1, 32 * 1024);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(9_999)]
    public void The_extortionist_among_ten_thousand_participants_is_named_wherever_they_join(int joinsAfter)
    {
        var messages = new List<Message>();
        for (var p = 0; p < 10_000; p++)
        {
            if (p == joinsAfter)
            {
                messages.AddRange(ScoringFixtures.Sextortion.Messages.Where(m => m.From == "u1").Select(m => m with { From = "extortionist" }));
            }

            messages.Add(new Message($"p{p}", p % 2 == 0 ? "how was your day" : "lol same"));
        }

        var assessment = s_scorer.Score(new Conversation("crowd", messages));

        Assert.True(assessment.Flagged, assessment.Explanation);
        Assert.Equal("extortionist", assessment.Suspect);
    }

    /// <summary>Timestamps from the ends of the calendar, out of order, or missing on some messages.</summary>
    public static TheoryData<string> TimestampShapes() => ["year 1", "year 9999", "backwards", "shuffled extremes", "some missing"];

    [Theory]
    [MemberData(nameof(TimestampShapes))]
    public void Absurd_timestamps_change_no_signal_and_the_threat_is_still_flagged(string shape)
    {
        var messages = ScoringFixtures.Sextortion.Messages;
        var stamped = messages.Select((m, i) => m with
        {
            At = shape switch
            {
                "year 1" => DateTimeOffset.MinValue.AddSeconds(i),
                "year 9999" => DateTimeOffset.MaxValue.AddSeconds(-i),
                "backwards" => new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).AddHours(-i),
                "shuffled extremes" => i % 2 == 0 ? DateTimeOffset.MaxValue : DateTimeOffset.MinValue,
                _ => i % 3 == 0 ? null : m.At,
            },
        }).ToList();
        var untimed = s_scorer.Score(new Conversation("untimed", [.. messages.Select(m => m with { At = null })]));

        var assessment = s_scorer.Score(new Conversation("stamped", stamped));
        var session = s_scorer.CreateSession();
        foreach (var message in stamped)
        {
            session = s_scorer.RestoreSession(session.Save());
            session.Append(message);
        }

        Assert.InRange(assessment.Risk, 0, 1);
        Assert.True(assessment.Flagged, $"{shape}: {assessment.Explanation}");
        Assert.Equal(untimed.Signals.Select(s => (s.Name, s.Message, s.Start)), assessment.Signals.Select(s => (s.Name, s.Message, s.Start)));
        Assert.Equal(ScoringFixtures.Describe(assessment), ScoringFixtures.Describe(session.Current));
    }

    [Fact]
    public void Participant_ids_of_control_characters_surrogates_and_megabytes_are_just_ids()
    {
        string[] ids = ["\0", "\ud800", "\u202eu1", new string('a', 1024 * 1024), string.Empty];
        var messages = ids.SelectMany(id => ScoringFixtures.Sextortion.Messages.Take(3).Select(m => m with { From = id })).ToList();
        messages.Add(new Message("\u202eu1", Threat));

        var assessment = s_scorer.Score(new Conversation("ids", messages));
        var session = s_scorer.CreateSession();
        messages.ForEach(m => session.Append(m));
        var restored = s_scorer.RestoreSession(session.Save());

        Assert.True(assessment.Flagged);
        Assert.Equal("\u202eu1", assessment.Suspect);
        Assert.Equal(ScoringFixtures.Describe(assessment), ScoringFixtures.Describe(restored.Current));
        Assert.InRange(session.Save().Length, 1, 64 * 1024);
    }
}
