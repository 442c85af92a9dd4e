using CsCheck;
using Detector.Conversations;
using Detector.Features;
using Detector.Scoring;
using Detector.Tests.Scoring;

namespace Detector.Tests.Features;

/// <summary>
/// The conversation features are invariant, by construction, to messages that carry nothing (issue 8): no rule fires
/// on them and every text-model probability stays below what the features hear
/// (<see cref="ConversationState.TextHeardProbability"/>), so they must leave the feature vector exactly as it was, and
/// every later vector as it would have been without them.
/// </summary>
public class ConversationFeaturesTests
{
    private static readonly ConversationScorer s_scorer = new(new DetectorOptions());

    [Fact]
    public void A_message_that_carries_nothing_leaves_the_feature_vector_unchanged()
    {
        var conversations = GeneratedConversations.All;
        var silent = GeneratedConversations.SmallTalk.Where(CarriesNothing).ToList();
        Assert.True(silent.Count >= 20, $"only {silent.Count} small-talk lines carry nothing");

        Gen.Select(Gen.Int[0, conversations.Count - 1], Gen.Int[0, 1_000], Gen.Int[0, 1], Gen.Int[0, silent.Count - 1])
            .Sample((index, position, sender, line) =>
            {
                var conversation = conversations[index];
                var at = position % (conversation.Messages.Count + 1);
                var participants = conversation.Messages.Select(m => m.From).Distinct(StringComparer.Ordinal).ToList();
                var messages = conversation.Messages.ToList();
                var timestamp = messages[at > 0 ? at - 1 : 0].At;
                messages.Insert(at, new Message(participants[sender % participants.Count], silent[line], MessageKind.Text, timestamp));

                var withLine = Vectors(messages);
                if (at > 0)
                {
                    AssertSame(withLine[at - 1], withLine[at], $"{conversation.Id}: the line inserted at {at}");
                }

                withLine.RemoveAt(at);
                var without = Vectors(conversation.Messages);
                for (var i = 0; i < without.Count; i++)
                {
                    AssertSame(without[i], withLine[i], $"{conversation.Id}: after message {i} with a line inserted at {at}");
                }
            }, iter: 300);
    }

    [Fact]
    public void A_silent_first_line_does_not_take_the_suspect_from_a_participant_the_text_model_heard()
    {
        // The case CsCheck found (seed eOW9ws4a1au2): "b" sends a line the text model hears (0.45 on the victim group:
        // at least TextHeardProbability, under a hit), so nobody is evident and every perpetrator score is 0. A silent
        // line from "a" sent first must not make "a" the suspect by being the earliest sender.
        var heard = new float[SignalCatalog.Groups.Length];
        heard[SignalCatalog.VictimGroup] = 0.45f;
        var silent = new float[SignalCatalog.Groups.Length];

        var alone = new ConversationState(SignalCatalog.Groups.Length);
        Record(alone, "b", heard);
        var withSilentLine = new ConversationState(SignalCatalog.Groups.Length);
        Record(withSilentLine, "a", silent);
        Record(withSilentLine, "b", heard);

        var suspect = ConversationFeatures.ChooseSuspect(withSilentLine);
        Assert.Equal(withSilentLine.Participants.SlotOf("b"), suspect.Slot);
        AssertSame(VectorOf(alone), VectorOf(withSilentLine), "a silent line from another participant sent first");

        static void Record(ConversationState state, string from, float[] probabilities)
        {
            var (message, slot) = state.BeginMessage(new Message(from, "…"));
            state.RecordText(slot, message, probabilities);
        }
    }

    [Fact]
    public void Sizes_and_positions_count_evident_messages_only()
    {
        var session = s_scorer.CreateSession();
        var silent = GeneratedConversations.SmallTalk.First(CarriesNothing);
        session.Append(new Message("a", silent));
        session.Append(new Message("b", silent));
        session.Append(new Message("a", "send me 200 in gift cards or everyone sees the video"));
        session.Append(new Message("a", silent));

        var state = session.State;
        Assert.Equal(4, state.MessageCount);
        Assert.Equal(1, state.EvidentMessages);
        Assert.Equal(0, state.FirstEvidentBy[state.Participants.SlotOf("a")]);
        Assert.Equal(-1, state.FirstEvidentBy[state.Participants.SlotOf("b")]);
        Assert.Equal(0, state.StageFirstEvident[ConversationState.StageCell(state.Participants.SlotOf("a"), Stage.Demand)]);
    }

    private static bool CarriesNothing(string line)
    {
        var session = s_scorer.CreateSession();
        session.Append(new Message("x", line));
        var state = session.State;
        return state.EvidentMessages == 0 && state.Signals.Count == 0
            && state.TextMax.All(probability => probability < ConversationState.TextHeardProbability);
    }

    /// <summary>The feature vector after each message.</summary>
    private static List<float[]> Vectors(IEnumerable<Message> messages)
    {
        var session = s_scorer.CreateSession();
        var vectors = new List<float[]>();
        foreach (var message in messages)
        {
            session.Append(message);
            vectors.Add(VectorOf(session.State));
        }

        return vectors;
    }

    /// <summary>The feature vector of <paramref name="state"/>, seen from the suspect it has now.</summary>
    private static float[] VectorOf(ConversationState state)
    {
        var features = new float[ConversationFeatures.Count];
        ConversationFeatures.Write(state, ConversationFeatures.ChooseSuspect(state), features);
        return features;
    }

    private static void AssertSame(float[] expected, float[] actual, string where)
    {
        var differing = Enumerable.Range(0, expected.Length).Where(i => !expected[i].Equals(actual[i]))
            .Select(i => $"{ConversationFeatures.Names[i]} {expected[i]} -> {actual[i]}").ToList();
        Assert.True(differing.Count == 0, $"{where}: {string.Join(", ", differing)}");
    }
}
