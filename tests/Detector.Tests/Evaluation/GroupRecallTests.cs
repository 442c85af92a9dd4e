using Detector.Conversations;
using Detector.Rules;
using Detector.Scoring;
using Detector.Training.Evaluation;

namespace Detector.Tests.Evaluation;

public sealed class GroupRecallTests
{
    private static Conversation Annotated(ConversationLabel label, params string[][] signals) =>
        new("c", [.. signals.Select(s => new Message("u1", "text") { Signals = s })]) { Label = label };

    [Fact]
    public void A_case_takes_its_tactics_and_first_threat_from_the_annotations()
    {
        var conversation = Annotated(ConversationLabel.Sextortion,
            [SignalNames.Flattery], [], [SignalNames.RecordingClaim], [SignalNames.PaymentDemand, SignalNames.PaymentMethod], [SignalNames.ThreatToShare]);

        var @case = EvaluationCase.Of(conversation, "en");

        Assert.True(@case.Positive);
        Assert.True(@case.Annotated);
        Assert.Equal(5, @case.MessageCount);
        Assert.Equal(3, @case.FirstThreatOrDemand);
        string[] expected = [SignalNames.Flattery, SignalNames.RecordingClaim, SignalNames.ThreatToShare, SignalNames.PaymentDemand, SignalNames.PaymentMethod];
        Assert.Equal(expected.Order(), SignalNames.All.Where((_, i) => @case.HasTactic(i)).Order());
    }

    [Fact]
    public void Recall_per_tactic_counts_annotated_positives_showing_it()
    {
        EvaluationCase[] cases =
        [
            EvaluationCase.Of(Annotated(ConversationLabel.Sextortion, [SignalNames.Flattery, SignalNames.ThreatToShare]), "en"),
            EvaluationCase.Of(Annotated(ConversationLabel.Sextortion, [SignalNames.ThreatToShare]), "fr"),
            EvaluationCase.Of(Annotated(ConversationLabel.Sextortion, [SignalNames.Flattery]), "en"),
            EvaluationCase.Of(Annotated(ConversationLabel.Benign, [SignalNames.Flattery]), "en"),
        ];
        CaseOutcome[] outcomes = [new(0.9, true, 0), new(0.2, false, -1), new(0.7, true, 0), new(0.9, true, 0)];

        var tactics = GroupRecall.ByTactic(cases, outcomes)!;

        Assert.Equal([new GroupRecall(SignalNames.Flattery, 2, 2), new GroupRecall(SignalNames.ThreatToShare, 2, 1)], tactics);
        Assert.Equal(0.5, tactics[1].Recall);
        Assert.Equal([new GroupRecall("en", 2, 2), new GroupRecall("fr", 1, 0)], GroupRecall.ByLanguage(cases, outcomes));
    }

    [Fact]
    public void Recall_by_furthest_stage_counts_each_annotated_positive_once_under_its_furthest_stage()
    {
        EvaluationCase[] cases =
        [
            EvaluationCase.Of(Annotated(ConversationLabel.Sextortion, [SignalNames.StrangerContact], [SignalNames.Flattery]), "en"),
            EvaluationCase.Of(Annotated(ConversationLabel.Sextortion, [SignalNames.StrangerContact]), "en"),
            EvaluationCase.Of(Annotated(ConversationLabel.Sextortion, [SignalNames.ThreatToShare], [SignalNames.SexualEscalation], [SignalNames.VictimDistress]), "en"),
            EvaluationCase.Of(Annotated(ConversationLabel.Sextortion, [SignalNames.PaymentDemand]), "en"),
            EvaluationCase.Of(Annotated(ConversationLabel.Sextortion, [SignalNames.VictimDistress]), "en"),
            EvaluationCase.Of(Annotated(ConversationLabel.Benign, [SignalNames.PaymentDemand]), "en"),
        ];
        CaseOutcome[] outcomes = [new(0.2, false, -1), new(0.9, true, 0), new(0.9, true, 1), new(0.1, false, -1), new(0.1, false, -1), new(0.9, true, 0)];

        var stages = GroupRecall.ByFurthestStage(cases, outcomes)!;

        Assert.Equal(
            [new GroupRecall("none", 1, 0), new GroupRecall("contact", 1, 1), new GroupRecall("rapport", 1, 0), new GroupRecall("threat", 1, 1), new GroupRecall("demand", 1, 0)],
            stages);
        Assert.Equal(new GroupRecall("sexualisation or later", 2, 1), GroupRecall.AtLeast(stages, Stage.Sexualisation));
    }

    [Fact]
    public void Without_annotations_per_tactic_recall_is_not_available()
    {
        var conversation = new Conversation("c", [new Message("u1", "pay me")]) { Label = ConversationLabel.Sextortion };
        EvaluationCase[] cases = [EvaluationCase.Of(conversation, "en")];

        Assert.False(cases[0].Annotated);
        Assert.Equal(-1, cases[0].FirstThreatOrDemand);
        Assert.Null(GroupRecall.ByTactic(cases, [new(0.9, true, 0)]));
        Assert.Null(GroupRecall.ByFurthestStage(cases, [new(0.9, true, 0)]));
    }
}
