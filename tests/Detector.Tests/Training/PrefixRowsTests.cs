using Detector.Conversations;
using Detector.Rules;
using Detector.Scoring;
using Detector.Training.Training;

namespace Detector.Tests.Training;

public class PrefixRowsTests
{
    private static readonly ConversationScorer s_scorer = new();

    private static readonly Conversation s_sextortion = new("s", [
        new Message("a", "hey, we have mutual friends") { Signals = [SignalNames.StrangerContact, SignalNames.MutualFriendsClaim] },
        new Message("a", "you look great") { Signals = [SignalNames.Flattery] },
        new Message("b", "thanks"),
        new Message("a", "video call me now") { Signals = [SignalNames.VideoCallPush] },
        new Message("a", "I recorded you, pay or your family sees it") { Signals = [SignalNames.RecordingClaim, SignalNames.ThreatToShare] },
    ])
    { Label = ConversationLabel.Sextortion };

    private static readonly Conversation s_benign = new("b", [
        new Message("a", "are you coming to the game?"),
        new Message("b", "send me the tickets money later") { Signals = [SignalNames.PaymentDemand] },
    ])
    { Label = ConversationLabel.Benign };

    [Fact]
    public void A_sextortion_conversation_trains_only_from_its_first_message_of_the_chosen_stage()
    {
        var rows = PrefixRows.Extract([s_sextortion, s_benign], s_scorer, TrainingProgress.Silent, Stage.Sexualisation, "test");

        Assert.Equal([true, true, true, true, true, false, false], rows.Labels);
        Assert.Equal([false, false, false, true, true, true, true], rows.Evident);
        Assert.Equal([0, 0, 0, 0, 0, 1, 1], rows.Conversation);
    }

    [Fact]
    public void Stage_none_trains_on_every_prefix()
    {
        var rows = PrefixRows.Extract([s_sextortion, s_benign], s_scorer, TrainingProgress.Silent, Stage.None, "test");

        Assert.All(rows.Evident, Assert.True);
    }

    [Fact]
    public void Victim_side_signals_do_not_make_a_prefix_evident()
    {
        var victimFirst = s_sextortion with
        {
            Messages = [new Message("b", "I'm scared") { Signals = [SignalNames.VictimDistress] }, .. s_sextortion.Messages],
        };

        var rows = PrefixRows.Extract([victimFirst], s_scorer, TrainingProgress.Silent, Stage.Contact, "test");

        Assert.Equal([false, true, true, true, true, true], rows.Evident);
    }
}
