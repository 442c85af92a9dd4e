using Detector.Conversations;
using Detector.Rules;
using Detector.Scoring;

namespace Detector.Tests.Scoring;

public class ConversationSessionTests
{
    private static readonly ConversationScorer s_scorer = new(new DetectorOptions { IncludeExcerpts = true });

    [Fact]
    public void Incremental_and_batch_scoring_agree_exactly()
    {
        foreach (var conversation in new[] { ScoringFixtures.Sextortion, ScoringFixtures.Benign })
        {
            var session = s_scorer.CreateSession();
            Assessment? last = null;
            foreach (var message in conversation.Messages)
            {
                last = session.Append(message);
            }

            Assert.Equal(ScoringFixtures.Describe(s_scorer.Score(conversation)), ScoringFixtures.Describe(last!));
        }
    }

    [Fact]
    public void Saving_and_restoring_at_any_point_changes_nothing()
    {
        var messages = ScoringFixtures.Sextortion.Messages;
        var expected = s_scorer.Score(ScoringFixtures.Sextortion);
        for (var split = 0; split <= messages.Count; split++)
        {
            var first = s_scorer.CreateSession();
            foreach (var message in messages.Take(split))
            {
                first.Append(message);
            }

            var resumed = s_scorer.RestoreSession(first.Save());
            Assert.Equal(ScoringFixtures.Describe(first.Current), ScoringFixtures.Describe(resumed.Current));
            foreach (var message in messages.Skip(split))
            {
                resumed.Append(message);
            }

            Assert.Equal(ScoringFixtures.Describe(expected), ScoringFixtures.Describe(resumed.Current));
        }
    }

    [Fact]
    public void Saved_state_stays_small_however_long_the_conversation()
    {
        var session = s_scorer.CreateSession();
        var sizes = new List<int>();
        for (var i = 0; i < 20_000; i++)
        {
            session.Append(new Message(i % 2 == 0 ? "u1" : "u2", i % 50 == 0 ? "send me a pic" : "lol ok"));
            if (i is 5_000 or 19_999)
            {
                sizes.Add(session.Save().Length);
            }
        }

        Assert.Equal(sizes[0], sizes[1]);
        Assert.InRange(sizes[1], 1, 32 * 1024);
    }

    [Fact]
    public void Damaged_or_foreign_state_is_refused()
    {
        var session = s_scorer.CreateSession();
        session.Append(new Message("u1", "i recorded you"));
        var bytes = session.Save();

        Assert.Contains("damaged", Assert.Throws<InvalidDataException>(() => s_scorer.RestoreSession(bytes.AsSpan(0, bytes.Length - 3))).Message, StringComparison.Ordinal);
        Assert.Contains("damaged", Assert.Throws<InvalidDataException>(() => s_scorer.RestoreSession([.. bytes, 0])).Message, StringComparison.Ordinal);
        var badMagic = bytes.ToArray();
        badMagic[0] = (byte)'X';
        Assert.Throws<InvalidDataException>(() => s_scorer.RestoreSession(badMagic));

        var otherRules = new ConversationScorer(RuleEngine.Create([RulePack.Parse(
            """{"id":"other","version":"9","rules":[{"id":"r","signal":"flattery","weight":0.5,"phrases":["nice"],"examples":{"match":["nice"],"noMatch":["bad"]}}]}"""u8,
            "other.json")]), model: null, new DetectorOptions(), method: null);
        var error = Assert.Throws<InvalidDataException>(() => otherRules.RestoreSession(bytes));
        Assert.Contains("saved with rules 'default@", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_conversation_and_a_single_message_score()
    {
        var empty = s_scorer.Score(new Conversation("e", []));
        var single = s_scorer.Score(new Conversation("s", [new Message("x", "I hacked your webcam and recorded you. Pay $500 in bitcoin.")]));

        Assert.Equal(0, empty.Risk);
        Assert.Equal(RiskLevel.None, empty.Level);
        Assert.Equal(Stage.None, empty.Stage);
        Assert.Null(empty.FirstFlaggedAt);
        Assert.Empty(empty.Signals);
        Assert.True(single.Flagged);
        Assert.Equal(0, single.FirstFlaggedAt);
        Assert.Equal("x", single.Suspect);
    }

    [Fact]
    public void Messages_without_timestamps_score_like_timestamped_ones_apart_from_time_features()
    {
        var untimed = ScoringFixtures.Sextortion with { Messages = [.. ScoringFixtures.Sextortion.Messages.Select(m => m with { At = null })] };

        var assessment = s_scorer.Score(untimed);

        Assert.True(assessment.Flagged);
        Assert.Equal(Stage.RepeatDemand, assessment.Stage);
    }

    [Fact]
    public void A_100000_message_conversation_scores()
    {
        var messages = new Message[100_000];
        for (var i = 0; i < messages.Length; i++)
        {
            messages[i] = new Message($"u{i % 3}", i == 99_999 ? "i recorded you. pay £200 now or i send it to your family" : "how was your day");
        }

        var assessment = s_scorer.Score(new Conversation("long", messages));

        Assert.InRange(assessment.Risk, 0, 1);
        Assert.Contains(assessment.Signals, s => s.Name == SignalNames.RecordingClaim && s.Message == 99_999);
        Assert.True(assessment.FirstFlaggedAt is null or 99_999);
    }

    [Fact]
    public void Signals_point_at_the_original_text_and_excerpts_quote_it()
    {
        var obfuscated = new Conversation("o", [new Message("u1", "I h@ve y0ur v1deo. 5 e n d  m o n e y or your mum sees it")]);

        var assessment = s_scorer.Score(obfuscated);

        Assert.NotEmpty(assessment.Signals);
        foreach (var signal in assessment.Signals)
        {
            var text = obfuscated.Messages[signal.Message].Text;
            Assert.InRange(signal.Start + signal.Length, 0, text.Length);
            Assert.Equal(text.Substring(signal.Start, Math.Min(signal.Length, 80)), signal.Excerpt);
        }

        Assert.Contains(assessment.Signals, s => s.Name == SignalNames.RecordingClaim);
    }

    [Fact]
    public void Excerpts_are_left_out_unless_asked_for()
    {
        var assessment = new ConversationScorer().Score(ScoringFixtures.Sextortion);

        Assert.NotEmpty(assessment.Signals);
        Assert.All(assessment.Signals, s => Assert.Null(s.Excerpt));
        Assert.DoesNotContain("\"", assessment.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_sign_of_self_harm_raises_the_level_to_at_least_high()
    {
        var assessment = s_scorer.Score(new Conversation("sh", [new Message("u2", "i cant do this anymore, i want to die")]));

        Assert.True(assessment.Level >= RiskLevel.High);
        Assert.Contains(assessment.Signals, s => s.Name == SignalNames.SelfHarmRisk);
    }

    [Fact]
    public void The_stage_follows_the_extortion_and_a_demand_after_payment_is_a_repeat_demand()
    {
        var session = s_scorer.CreateSession();
        var stages = ScoringFixtures.Sextortion.Messages.Select(m => session.Append(m).Stage).ToList();

        Assert.Equal(Stage.RepeatDemand, stages[^1]);
        Assert.True(stages.Zip(stages.Skip(1)).All(p => p.First <= p.Second), string.Join(",", stages));
        Assert.Equal("u1", session.Current.Suspect);
    }

    /// <remarks>
    /// Until models 0.1.0+ff726c8f this chat scored level none. Since 0.1.0+8f467d2d (time read from evident messages
    /// only) it scores level low: a payment demand answered within minutes, with nothing evident before it, now
    /// reads as a little risk. The models were chosen on validation and handwritten-dev, where they rank better; this
    /// test keeps what must hold for such a chat: never flagged, at most low, and no extortion stage claimed while the
    /// level is none (the stage policy).
    /// </remarks>
    [Fact]
    public void A_benign_chat_asking_to_be_paid_back_is_not_flagged()
    {
        var friends = new Conversation("pb", ScoringFixtures.Messages(
            ("a", "hey, great seeing you at the match yesterday"),
            ("b", "yeah it was fun! we should do it again"),
            ("a", "btw can you pay me back the $20 for the tickets"),
            ("b", "oh yes sorry, sending it now"),
            ("a", "thanks!")));

        var assessment = s_scorer.Score(friends);

        Assert.False(assessment.Flagged);
        Assert.True(assessment.Level <= RiskLevel.Low, $"level {assessment.Level}, risk {assessment.Risk:F3}");
        Assert.True(assessment.Level > RiskLevel.None || assessment.Stage <= Stage.Rapport, $"stage {assessment.Stage} at level none");
        Assert.Contains(assessment.Signals, s => s.Name == SignalNames.PaymentDemand);
    }

    [Fact]
    public void Risk_never_falls_as_messages_arrive()
    {
        var session = s_scorer.CreateSession();
        var risks = ScoringFixtures.Sextortion.Messages.Concat(ScoringFixtures.Benign.Messages).Select(m => session.Append(m).Risk).ToList();

        Assert.True(risks.Zip(risks.Skip(1)).All(p => p.First <= p.Second));
    }
}
