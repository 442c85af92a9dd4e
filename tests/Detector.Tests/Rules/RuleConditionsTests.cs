using Detector.Conversations;
using Detector.Rules;

namespace Detector.Tests.Rules;

public class RuleConditionsTests
{
    private static readonly RuleEngine s_engine = TestPacks.Engine;

    [Fact]
    public void Sender_conditions_keep_rules_to_their_side()
    {
        var kept = Apply(
            (RuleSender.Suspect, "send it to your family"),
            (RuleSender.Victim, "send it to your family"),
            (RuleSender.Suspect, "please dont"),
            (RuleSender.Victim, "please dont"),
            (RuleSender.Any, "please dont"));
        Assert.Equal(["test.threat"], kept[0]);
        Assert.Empty(kept[1]);
        Assert.Empty(kept[2]);
        Assert.Equal(["test.please"], kept[3]);
        Assert.Equal(["test.please"], kept[4]);
    }

    [Fact]
    public void Near_conditions_need_the_signal_within_n_messages_before()
    {
        var kept = Apply(
            (RuleSender.Any, "ok then £150"), // no threat yet
            (RuleSender.Suspect, "everyone will see"),
            (RuleSender.Any, "hi"),
            (RuleSender.Any, "ok then £150"), // threat 2 messages before: within 3
            (RuleSender.Any, "hi"),
            (RuleSender.Any, "hi"),
            (RuleSender.Any, "hi"),
            (RuleSender.Any, "ok then £150")); // threat 6 messages before
        Assert.Empty(kept[0]);
        Assert.Equal(["test.money"], kept[3]);
        Assert.Empty(kept[7]);
    }

    [Fact]
    public void Near_conditions_accept_the_signal_in_the_same_message()
    {
        var kept = Apply((RuleSender.Suspect, "£150 or everyone will see"));
        Assert.Equal(["test.money", "test.threat"], kept[0].Order(StringComparer.Ordinal));
    }

    private static List<string>[] Apply(params (RuleSender Side, string Text)[] messages)
    {
        var input = messages.Select(message =>
        {
            var matches = new RuleMatch[s_engine.Rules.Count];
            var count = s_engine.Match(message.Text, MessageKind.Text, matches);
            return (message.Side, (IReadOnlyList<RuleMatch>)matches[..count]);
        }).ToList();
        return [.. RuleConditions.Apply(input).Select(kept => kept.Select(match => match.Rule.Id).ToList())];
    }
}
