namespace Detector.Rules;

/// <summary>
/// Applies the conversation-level conditions of rules (<see cref="Rule.Sender"/> and
/// <see cref="Rule.Near"/>) to the matches of a sequence of messages, for the scorer.
/// </summary>
internal static class RuleConditions
{
    /// <summary>
    /// Keeps the matches whose conditions hold, message by message.
    /// </summary>
    /// <param name="messages">For each message in order: the side of its sender (<see cref="RuleSender.Any"/>
    /// when unknown, which satisfies every sender condition) and the engine's matches on it.</param>
    /// <returns>The kept matches of each message.</returns>
    public static List<RuleMatch>[] Apply(IReadOnlyList<(RuleSender Side, IReadOnlyList<RuleMatch> Matches)> messages)
    {
        var lastFired = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<RuleMatch>[messages.Count];
        for (var m = 0; m < messages.Count; m++)
        {
            var (side, matches) = messages[m];
            kept[m] = [];

            // Unconditional matches first, so that a near condition can rely on a signal of the same message.
            foreach (var match in matches.Where(match => match.Rule.Near is null && SenderAllows(match.Rule, side)))
            {
                kept[m].Add(match);
                lastFired[match.Signal] = m;
            }

            foreach (var match in matches.Where(match => match.Rule.Near is not null && SenderAllows(match.Rule, side)))
            {
                var near = match.Rule.Near!;
                if (lastFired.TryGetValue(near.Signal, out var at) && m - at <= near.Within)
                {
                    kept[m].Add(match);
                }
            }

            foreach (var match in kept[m])
            {
                lastFired[match.Signal] = m;
            }
        }

        return kept;
    }

    private static bool SenderAllows(Rule rule, RuleSender side) =>
        rule.Sender == RuleSender.Any || side == RuleSender.Any || rule.Sender == side;
}
